package com.meterbook.ui.disputes;

import com.meterbook.billing.DisputeStatus;
import com.meterbook.documents.CreditNotePdf;
import com.meterbook.domain.LedgerSettings;
import com.meterbook.ledger.CreditNoteStore;
import com.meterbook.ledger.DisputeStore;
import com.meterbook.operations.DisputeDetail;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.Formats;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The selected dispute: a summary, its comments and history, and its steps: comment, reject (the note is
 * the rejection's comment), issue a credit note (the amount, with the note as its comment), save the
 * credit note as a PDF.
 */
public final class DisputeDetailModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper message;
    private final Runnable changed;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "No dispute selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<NoteRow> comments = FXCollections.observableArrayList();
    private final ObservableList<NoteRow> history = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyStringWrapper creditNote = new ReadOnlyStringWrapper(this, "creditNote", "");
    private long id = -1;

    DisputeDetailModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs, ReadOnlyStringWrapper message, Runnable changed) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
        this.message = message;
        this.changed = changed;
    }

    void clear() {
        id = -1;
        title.set("No dispute selected");
        summary.set("");
        comments.clear();
        history.clear();
        open.set(false);
        creditNote.set("");
    }

    void load(long dispute) {
        id = dispute;
        executor.execute(BackgroundTask.of(context -> new Loaded(ledger.disputes().show(dispute), ledger.settings()))
                .onSuccess(this::show)
                .onFailure(e -> dialogs.showError("Dispute " + dispute, "The dispute could not be read: " + e.getMessage())));
    }

    private record Loaded(DisputeDetail detail, LedgerSettings settings) {
    }

    private void show(Loaded loaded) {
        DisputeDetail detail = loaded.detail();
        if (detail.dispute().id() != id) {
            return;
        }
        DisputeStore.Row d = detail.dispute();
        LedgerSettings settings = loaded.settings();
        ZoneId zone = settings.zone();
        title.set("Dispute " + d.id() + " · " + d.status().label() + " · " + d.target() + " of " + d.account());
        List<String> lines = new ArrayList<>();
        lines.add("Opened " + DisputeLine.WHEN.format(d.openedAt().atZone(zone)) + " by " + d.author() + ": " + d.reason());
        lines.add("Disputed: " + Formats.money(settings, detail.disputed()) + (d.target().kind().name().equals("RECORD")
                ? " (the record's charge)" : " (the invoice's subtotal before tax)")
                + (detail.creditedBefore().signum() == 0 ? "" : ", " + Formats.money(settings, detail.creditedBefore()) + " credited by other disputes"));
        detail.creditNote().ifPresent(n -> lines.add(creditLine(n, settings)));
        summary.set(String.join("\n", lines));
        comments.setAll(detail.comments().stream().map(c -> new NoteRow(DisputeLine.WHEN.format(c.at().atZone(zone)), c.author(), "", c.text())).toList());
        history.setAll(detail.history().stream().map(h -> new NoteRow(DisputeLine.WHEN.format(h.at().atZone(zone)), h.actor(), h.action(),
                h.detail())).toList());
        open.set(d.status() == DisputeStatus.OPEN);
        creditNote.set(d.creditNote().orElse(""));
    }

    private static String creditLine(CreditNoteStore.Row n, LedgerSettings settings) {
        String deducted = n.applications().isEmpty() ? "to be deducted at the customer's next cycle close"
                : Formats.money(settings, n.applied()) + " deducted (" + String.join(", ", n.applications().stream()
                .map(a -> a.period() + a.invoice().map(i -> " on " + i).orElse(" from the carried balance")).toList()) + ")"
                + (n.remaining().signum() == 0 ? "" : ", " + Formats.money(settings, n.remaining()) + " left");
        return "Credit note " + n.note().number() + ": " + Formats.money(settings, n.note().amount()) + ", " + deducted;
    }

    public void comment() {
        String text = text();
        if (id < 0 || text.isEmpty()) {
            message.set("Write the comment in the note first.");
            return;
        }
        step(() -> ledger.disputes().comment(id, text), "Comment added to dispute " + id + ".");
    }

    public void reject() {
        String text = text();
        if (id < 0 || text.isEmpty()) {
            message.set("A rejection needs a comment: write it in the note first.");
            return;
        }
        step(() -> ledger.disputes().reject(id, text), "Dispute " + id + " rejected.");
    }

    /** Issues a credit note for the amount; the note, if any, becomes its comment. */
    public void issueCreditNote() {
        BigDecimal value;
        try {
            value = new BigDecimal(amount.get() == null ? "" : amount.get().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            message.set("'" + amount.get() + "' is not an amount: write it like 12.34.");
            return;
        }
        long dispute = id;
        String text = text();
        executor.execute(BackgroundTask.of(context -> ledger.disputes().credit(dispute, value, text))
                .onSuccess(n -> done("Credit note " + n.number() + " issued for " + n.amount().toPlainString() + " to " + n.account()
                        + ": deducted at the customer's next cycle close."))
                .onFailure(e -> dialogs.showError("Issue credit note", e.getMessage())));
    }

    /** Saves the dispute's credit note as a one-page PDF where the user chooses. */
    public void saveCreditNotePdf() {
        String number = creditNote.get();
        if (number.isEmpty()) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile("Save credit note", number + ".pdf");
        file.ifPresent(out -> executor.execute(BackgroundTask.of(context -> {
                    CreditNotePdf.write(ledger.disputes().sheet(number), out);
                    return out;
                })
                .onSuccess(p -> message.set("Saved credit note " + number + " to " + p + "."))
                .onFailure(e -> dialogs.showError("Save credit note", e.getMessage()))));
    }

    private void step(Runnable work, String done) {
        executor.execute(BackgroundTask.of(context -> {
                    work.run();
                    return done;
                })
                .onSuccess(this::done)
                .onFailure(e -> dialogs.showError("Dispute " + id, e.getMessage())));
    }

    private void done(String what) {
        note.set("");
        amount.set("");
        message.set(what);
        changed.run();
    }

    private String text() {
        return note.get() == null ? "" : note.get().strip();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<NoteRow> comments() {
        return comments;
    }

    public ObservableList<NoteRow> history() {
        return history;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty creditNoteProperty() {
        return creditNote.getReadOnlyProperty();
    }
}
