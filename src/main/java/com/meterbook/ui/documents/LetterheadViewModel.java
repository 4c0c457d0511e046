package com.meterbook.ui.documents;

import com.meterbook.billing.EntityProfile;
import com.meterbook.operations.EntityProfiles;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Edits an entity's letterhead (name, address, tax number, logo, payment days); saving is audited. */
public final class LetterheadViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>(this, "entity");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty taxId = new SimpleStringProperty(this, "taxId", "");
    private final StringProperty paymentDays = new SimpleStringProperty(this, "paymentDays", "14");
    private final ObjectProperty<Optional<byte[]>> logo = new SimpleObjectProperty<>(this, "logo", Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private List<EntityProfile> profiles = List.of();

    public LetterheadViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        entity.addListener((o, old, now) -> {
            if (old != null && now != null) {
                status.set("");
            }
            show(now);
        });
    }

    public void load() {
        executor.execute(BackgroundTask.of(context -> ledger.entityProfiles().list())
                .onSuccess(list -> {
                    profiles = list;
                    String keep = entity.get();
                    entities.setAll(list.stream().map(EntityProfile::entity).toList());
                    entity.set(null);
                    entity.set(keep != null && entities.contains(keep) ? keep : entities.isEmpty() ? null : entities.getFirst());
                })
                .onFailure(e -> dialogs.showError("Letterhead", "The entities could not be read: " + e.getMessage())));
    }

    private void show(String code) {
        Optional<EntityProfile> p = profiles.stream().filter(e -> e.entity().equals(code)).findFirst();
        name.set(p.map(EntityProfile::name).orElse(""));
        address.set(p.map(e -> String.join("\n", e.address())).orElse(""));
        taxId.set(p.map(EntityProfile::taxId).orElse(""));
        paymentDays.set(String.valueOf(p.map(EntityProfile::paymentDays).orElse(EntityProfile.DEFAULT_PAYMENT_DAYS)));
        logo.set(p.flatMap(EntityProfile::logo));
    }

    public void chooseLogo() {
        List<Path> files = dialogs.chooseFiles("Logo (PNG or JPEG)", ledger.folder());
        if (files.isEmpty()) {
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(files.getFirst());
            EntityProfile.checkLogo(bytes);
            logo.set(Optional.of(bytes));
            status.set("Logo " + files.getFirst().getFileName() + " chosen; save to keep it.");
        } catch (Exception e) {
            status.set("Not a logo: " + e.getMessage());
        }
    }

    public void removeLogo() {
        logo.set(Optional.empty());
    }

    public void save() {
        String code = entity.get();
        if (code == null) {
            return;
        }
        int days;
        try {
            days = Integer.parseInt(paymentDays.get().strip());
        } catch (NumberFormatException e) {
            status.set("Payment days must be a whole number of days.");
            return;
        }
        EntityProfiles.Change change = new EntityProfiles.Change(Optional.of(name.get()), Optional.of(Arrays.asList(address.get().split("\\R"))),
                Optional.of(taxId.get()), logo.get(), logo.get().isEmpty(), Optional.of(days));
        executor.execute(BackgroundTask.of(context -> ledger.entityProfiles().set(code, change))
                .onSuccess(saved -> {
                    status.set("Saved the letterhead of " + saved.entity() + ".");
                    load();
                })
                .onFailure(e -> status.set("Not saved: " + e.getMessage())));
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObjectProperty<String> entityProperty() {
        return entity;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty taxIdProperty() {
        return taxId;
    }

    public StringProperty paymentDaysProperty() {
        return paymentDays;
    }

    public ObjectProperty<Optional<byte[]>> logoProperty() {
        return logo;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
