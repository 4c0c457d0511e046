package com.meterbook.ui.usage;

import com.meterbook.operations.UsageExplain;
import com.meterbook.rating.ExplanationText;
import com.meterbook.ui.common.BackgroundTask;
import com.meterbook.ui.common.DialogService;
import com.meterbook.ui.common.LedgerService;
import com.meterbook.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The explanation of the selected record: the engine's rating steps in words, and whether they give the stored charge. */
public final class ExplainModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<UsageLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Select a record and press Explain.");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper stored = new ReadOnlyStringWrapper(this, "stored", "");

    ExplainModel(LedgerService ledger, TaskExecutor executor, DialogService dialogs) {
        this.ledger = ledger;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Explains the selected record in the background. */
    public void explain() {
        UsageLine line = selected.get();
        if (line == null) {
            return;
        }
        executor.execute(BackgroundTask.of(context -> ledger.usageExplain().byRowId(line.rowId()).orElseThrow(
                        () -> new IllegalStateException("record " + line.recordId() + " is no longer in the ledger")))
                .onSuccess(e -> {
                    title.set("How " + line.recordId() + " was rated");
                    text.set(ExplanationText.text(e.explanation()));
                    stored.set(e.matchesStored() ? "Today's rating gives the " + e.storedOutcome() + "."
                            : "The " + e.storedOutcome() + " came from earlier master data: re-rate the cycle to apply today's.");
                })
                .onFailure(e -> dialogs.showError("Explain", e.getMessage())));
    }

    public ObjectProperty<UsageLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }
}
