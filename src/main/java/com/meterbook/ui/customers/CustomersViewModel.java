package com.meterbook.ui.customers;

import com.meterbook.domain.Customer;
import com.meterbook.domain.NumberNormaliser;
import com.meterbook.ledger.ReportQueries.ChangeStamp;
import com.meterbook.operations.CustomerDetails;
import com.meterbook.operations.CustomerEdits;
import com.meterbook.rating.RateRow;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.Reloader;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The customer list with its search, and the chosen customer's detail and edit form. Saving runs in the
 * background and is audited; the list follows the ledger's changes while shown, and the detail is read
 * again unless it holds unsaved edits.
 */
public final class CustomersViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<Customer> all = FXCollections.observableArrayList();
    private final FilteredList<Customer> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Customer> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<CustomerDetails.Detail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ObservableList<String> plans = FXCollections.observableArrayList();
    private final ObservableList<RateRow> overrides = FXCollections.observableArrayList();
    private final ObservableList<RecordRow> latest = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "Choose a customer");
    private final ReadOnlyStringWrapper usage = new ReadOnlyStringWrapper(this, "usage", "");
    private final ReadOnlyStringWrapper thresholdPrompt = new ReadOnlyStringWrapper(this, "thresholdPrompt", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final CustomerForm form = new CustomerForm();
    private final BooleanBinding canSave;
    private NumberNormaliser normaliser = new NumberNormaliser("60");
    private final Reloader<Loaded> reloader;

    public CustomersViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, ObservableValue<ChangeStamp> changes) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        canSave = Bindings.createBooleanBinding(() -> form.validProperty().get() && form.dirtyProperty().get() && !saving.get(),
                form.validProperty(), form.dirtyProperty(), saving);
        search.addListener((o, old, now) -> applySearch());
        selected.addListener((o, old, now) -> {
            if (now != null && (old == null || !now.account().equals(old.account()))) {
                loadDetail(now.account());
            }
        });
        reloader = new Reloader<>(executor, () -> context -> new Loaded(ledger.customerDetails().list(), ledger.settings().normaliser()),
                this::loaded, e -> dialogs.showError("Customers", "The customers could not be read: " + e.getMessage()));
        reloader.follow(changes);
    }

    private record Loaded(List<Customer> customers, NumberNormaliser normaliser) {
    }

    public void setActive(boolean active) {
        reloader.setActive(active);
    }

    /**
     * Reads the customers again, and the chosen one's detail unless the form holds unsaved edits; a
     * request while a read runs gives one more read after it, however many changes arrive meanwhile.
     */
    public void reload() {
        reloader.request();
    }

    private void loaded(Loaded loaded) {
        normaliser = loaded.normaliser();
        Customer keep = selected.get();
        all.setAll(loaded.customers());
        applySearch();
        if (keep != null && !form.dirtyProperty().get()) {
            loadDetail(keep.account());
        }
    }

    private void applySearch() {
        Set<String> matching = new HashSet<>();
        CustomerDetails.search(List.copyOf(all), search.get(), normaliser).forEach(c -> matching.add(c.account()));
        shown.setPredicate(c -> matching.contains(c.account()));
    }

    private void loadDetail(String account) {
        executor.execute(BackgroundTask.of(context -> ledger.customerDetails().detail(account, 10))
                .onSuccess(found -> found.ifPresent(this::show))
                .onFailure(e -> dialogs.showError("Customers", "Customer " + account + " could not be read: " + e.getMessage())));
    }

    private void show(CustomerDetails.Detail d) {
        detail.set(d);
        Set<String> known = new java.util.TreeSet<>(d.plans());
        known.add(d.customer().plan());
        plans.setAll(known);
        form.load(d.customer(), d.settings().normaliser(), List.copyOf(all), d.plans());
        overrides.setAll(d.overrides());
        latest.setAll(d.latest().stream().map(r -> RecordRow.of(r, d.settings())).toList());
        heading.set(d.customer().account() + " · " + d.customer().name());
        usage.set(UsageText.of(d));
        thresholdPrompt.set("ledger default " + Formats.money(d.settings(), d.settings().threshold()));
    }

    /** Saves the form in the background; a refusal (the ledger changed meanwhile) is shown as the status. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        saving.set(true);
        var change = form.change();
        executor.execute(BackgroundTask.of(context -> ledger.customerEdits().save(change))
                .onSuccess(saved -> {
                    saving.set(false);
                    status.set("Saved " + saved.account() + ". Records already rated keep their charges until the open cycle is re-rated.");
                    reloadAfterSave(saved.account());
                })
                .onFailure(e -> {
                    saving.set(false);
                    status.set(e instanceof CustomerEdits.Rejected r ? "Not saved: " + r.getMessage() : "Not saved: " + e.getMessage());
                }));
    }

    private void reloadAfterSave(String account) {
        loadDetail(account);
        reload();
    }

    public void revert() {
        form.revert();
        status.set("");
    }

    public ObservableList<Customer> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Customer> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<CustomerDetails.Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public CustomerForm form() {
        return form;
    }

    public ObservableList<String> plans() {
        return plans;
    }

    public ObservableList<RateRow> overrides() {
        return overrides;
    }

    public ObservableList<RecordRow> latest() {
        return latest;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty usageProperty() {
        return usage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thresholdPromptProperty() {
        return thresholdPrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
