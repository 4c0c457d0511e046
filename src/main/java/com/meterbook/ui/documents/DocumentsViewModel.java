package com.meterbook.ui.documents;

import com.meterbook.documents.DocumentPrinter;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.operations.DocumentBatch;
import com.meterbook.operations.Documents;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Statements and invoices of a closed cycle: the customers with their invoice or carry-forward, a
 * preview of the chosen document page by page, save, print (the system's dialog, off the FX thread),
 * print all, and export all to a folder with progress and cancel.
 */
public final class DocumentsViewModel {

    /** Which of a customer's documents is previewed, saved or printed. */
    public enum Kind { STATEMENT, INVOICE }

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<DocumentPrinter> printers;
    private final ObservableList<YearMonth> periods = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>(this, "period");
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.STATEMENT);
    private final ReadOnlyObjectWrapper<BufferedImage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(this, "pageIndex");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final PagePreview preview = new PagePreview();
    private BackgroundTask<?> batch;

    public DocumentsViewModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, Supplier<DocumentPrinter> printers) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.printers = printers;
        period.addListener((o, old, now) -> load());
    }

    public void setActive(boolean active) {
        if (!active) {
            return;
        }
        executor.execute(BackgroundTask.of(context -> ledger.documents().closedPeriods())
                .onSuccess(closed -> {
                    periods.setAll(closed);
                    if (period.get() == null || !periods.contains(period.get())) {
                        period.set(periods.isEmpty() ? null : periods.getFirst());
                    }
                    if (periods.isEmpty()) {
                        status.set("No closed cycle yet: close one on the Close cycle screen.");
                    }
                })
                .onFailure(e -> dialogs.showError("Statements & invoices", "The cycles could not be read: " + e.getMessage())));
    }

    private void load() {
        YearMonth p = period.get();
        rows.clear();
        clearPreview();
        if (p == null) {
            return;
        }
        executor.execute(BackgroundTask.of(context -> {
                    Documents documents = ledger.documents();
                    LedgerSettings settings = ledger.settings();
                    return documents.rows(p).stream().map(r -> DocumentRow.of(r, settings)).toList();
                })
                .onSuccess(list -> {
                    if (p.equals(period.get())) {
                        rows.setAll(list);
                        long invoices = list.stream().filter(r -> !r.invoice().isEmpty()).count();
                        status.set(list.size() + " customers, " + invoices + " invoices in " + p + ".");
                    }
                })
                .onFailure(e -> dialogs.showError("Statements & invoices", "The cycle could not be read: " + e.getMessage())));
    }

    private void clearPreview() {
        preview.clear();
        page.set(null);
        pageIndex.set(0);
        pageCount.set(0);
    }

    /** Renders page 1 of the selected customer's statement or invoice. */
    public void preview() {
        Optional<Choice> choice = choice();
        if (choice.isEmpty()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> preview.open(pdf(choice.get()), 0))
                .onSuccess(this::shown)
                .onFailure(this::failed));
    }

    public void nextPage() {
        showPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        showPage(pageIndex.get() - 1);
    }

    private void showPage(int index) {
        if (index < 0 || index >= pageCount.get() || busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> preview.render(index)).onSuccess(this::shown).onFailure(this::failed));
    }

    private void shown(PagePreview.Page shown) {
        busy.set(false);
        page.set(shown.image());
        pageIndex.set(shown.index());
        pageCount.set(shown.count());
        // the page label above the preview says which page; the status says what the document is
        status.set("Preview: " + shown.count() + (shown.count() == 1 ? " page" : " pages"));
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set("Failed: " + e.getMessage());
        dialogs.showError("Statements & invoices", e.getMessage());
    }

    public void savePdf() {
        Optional<Choice> choice = choice();
        if (choice.isEmpty()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile("Save PDF", choice.get().fileName());
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> {
                    Files.write(target.get(), pdf(choice.get()));
                    return target.get();
                })
                .onSuccess(path -> {
                    busy.set(false);
                    status.set("Saved " + path);
                })
                .onFailure(this::failed));
    }

    /** Prints the chosen document; the printer's dialog (AWT) opens on the worker thread, not the FX thread. */
    public void print() {
        Optional<Choice> choice = choice();
        if (choice.isEmpty()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(context -> Documents.print(pdf(choice.get()), choice.get().jobName(), printers.get()))
                .onSuccess(printed -> {
                    busy.set(false);
                    status.set(printed ? "Sent " + choice.get().jobName() + " to the printer." : "Printing cancelled.");
                })
                .onFailure(this::failed));
    }

    public void printAll() {
        YearMonth p = period.get();
        if (p == null) {
            return;
        }
        DocumentPrinter printer = printers.get();
        runBatch("Printing", context -> new DocumentBatch(ledger.documents()).print(p, Optional.empty(), printer, progressOf(context)));
    }

    public void exportAll() {
        YearMonth p = period.get();
        if (p == null) {
            return;
        }
        Optional<Path> folder = dialogs.chooseFolder("Export statements and invoices of " + p, ledger.folder());
        if (folder.isEmpty()) {
            return;
        }
        runBatch("Exporting", context -> new DocumentBatch(ledger.documents()).export(p, folder.get(), false, progressOf(context)));
    }

    public void cancel() {
        if (batch != null) {
            batch.cancel();
        }
    }

    private void runBatch(String doing, BackgroundTask.Work<DocumentBatch.Result> work) {
        busy.set(true);
        progress.set(0);
        status.set(doing + "…");
        BackgroundTask<DocumentBatch.Result> task = BackgroundTask.of(work)
                .onSuccess(r -> {
                    busy.set(false);
                    batch = null;
                    progress.set(1);
                    status.set((r.cancelled() ? "Stopped after " : "Done: ") + r.documents() + " documents, " + r.pages() + " pages.");
                })
                .onFailure(e -> {
                    batch = null;
                    failed(e);
                });
        batch = task;
        task.progressProperty().addListener((o, old, now) -> progress.set(Math.max(0, now.doubleValue())));
        task.messageProperty().addListener((o, old, now) -> status.set(doing + " " + now));
        executor.execute(task);
    }

    private static DocumentBatch.Progress progressOf(BackgroundTask.Context context) {
        return new DocumentBatch.Progress() {
            @Override
            public void done(int documents, int total, String last) {
                context.updateProgress(documents, total);
                context.updateMessage(documents + " of " + total + ": " + last);
            }

            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }
        };
    }

    private record Choice(YearMonth period, DocumentRow row, Kind kind) {
        String fileName() {
            return kind == Kind.INVOICE ? "invoice-" + row.invoice() + ".pdf" : "statement-" + row.account() + "-" + period + ".pdf";
        }

        String jobName() {
            return kind == Kind.INVOICE ? "Invoice " + row.invoice() : "Statement " + row.account() + " " + period;
        }
    }

    private Optional<Choice> choice() {
        DocumentRow row = selected.get();
        if (row == null || period.get() == null) {
            return Optional.empty();
        }
        if (kind.get() == Kind.INVOICE && row.invoice().isEmpty()) {
            status.set(row.account() + " has no invoice in " + period.get() + ": its balance was carried forward.");
            return Optional.empty();
        }
        return Optional.of(new Choice(period.get(), row, kind.get()));
    }

    private byte[] pdf(Choice c) {
        return ledger.documents().bytes(c.row().account(), c.period(), c.kind() == Kind.INVOICE ? c.row().invoiceNumber() : Optional.empty());
    }

    public ObservableList<YearMonth> periods() {
        return periods;
    }

    public ObjectProperty<YearMonth> periodProperty() {
        return period;
    }

    public ObservableList<DocumentRow> rows() {
        return rows;
    }

    public ObjectProperty<DocumentRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<BufferedImage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
