package com.meterbook.ui.exceptions;

import com.meterbook.ledger.ExceptionItem;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.TableCopy;
import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import java.util.List;

/** Binds Exceptions.fxml to its view model. */
public final class ExceptionsView {

    private final ExceptionsViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private ComboBox<String> reasonBox;
    @FXML private ComboBox<String> sourceBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label countLabel;
    @FXML private TableView<ExceptionItem> table;
    @FXML private TableColumn<ExceptionItem, Long> idColumn;
    @FXML private TableColumn<ExceptionItem, String> recordColumn;
    @FXML private TableColumn<ExceptionItem, String> sourceColumn;
    @FXML private TableColumn<ExceptionItem, Long> lineColumn;
    @FXML private TableColumn<ExceptionItem, String> reasonColumn;
    @FXML private TableColumn<ExceptionItem, String> queuedColumn;
    @FXML private TableColumn<ExceptionItem, String> detailColumn;
    @FXML private ComboBox<String> accountBox;
    @FXML private Button assignButton;
    @FXML private Button retryButton;
    @FXML private Button billNextButton;
    @FXML private TextField commentField;
    @FXML private Button writeOffButton;
    @FXML private Label messageLabel;
    @FXML private Label historyTitle;
    @FXML private TextField rawField;
    @FXML private Label detailLabel;
    @FXML private TableView<HistoryRow> historyTable;
    @FXML private TableColumn<HistoryRow, String> whenColumn;
    @FXML private TableColumn<HistoryRow, String> userColumn;
    @FXML private TableColumn<HistoryRow, String> actionColumn;
    @FXML private TableColumn<HistoryRow, String> historyDetailColumn;

    public ExceptionsView(ExceptionsViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Exceptions.fxml");
    }

    @FXML
    private void initialize() {
        reasonBox.setItems(model.reasons());
        reasonBox.valueProperty().bindBidirectional(model.reasonProperty());
        sourceBox.setItems(model.sources());
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        countLabel.textProperty().bind(model.countProperty());
        Columns.value(idColumn, ExceptionItem::id);
        Columns.value(recordColumn, ExceptionItem::recordId);
        Columns.value(sourceColumn, ExceptionItem::source);
        Columns.value(lineColumn, ExceptionItem::line);
        Columns.value(reasonColumn, ExceptionItem::reason);
        Columns.value(queuedColumn, i -> ExceptionHistoryModel.WHEN.format(i.createdAt().atZone(model.zone())));
        Columns.value(detailColumn, ExceptionItem::detail);
        Columns.sortedItems(table, model.shown());
        TableCopy.install(table);
        widths.remember(table, "exceptions-table");
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<ExceptionItem>) c ->
                model.select(List.copyOf(table.getSelectionModel().getSelectedItems())));
        bindActions(model.actions());
        ExceptionHistoryModel history = model.history();
        historyTitle.textProperty().bind(history.titleProperty());
        rawField.textProperty().bind(history.rawLineProperty());
        detailLabel.textProperty().bind(history.detailProperty());
        Columns.value(whenColumn, HistoryRow::when);
        Columns.value(userColumn, HistoryRow::user);
        Columns.value(actionColumn, HistoryRow::action);
        Columns.value(historyDetailColumn, HistoryRow::detail);
        Columns.sortedItems(historyTable, history.entries());
        TableCopy.install(historyTable);
        widths.remember(historyTable, "exceptions-historyTable");
    }

    private void bindActions(ExceptionActionsModel actions) {
        accountBox.setItems(actions.accounts());
        accountBox.getEditor().textProperty().bindBidirectional(actions.accountProperty());
        accountBox.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                actions.accountProperty().set(now);
            }
        });
        commentField.textProperty().bindBidirectional(actions.commentProperty());
        assignButton.disableProperty().bind(actions.canAssignProperty().not());
        retryButton.disableProperty().bind(actions.canActProperty().not());
        billNextButton.disableProperty().bind(actions.canActProperty().not());
        writeOffButton.disableProperty().bind(actions.canWriteOffProperty().not());
        assignButton.setOnAction(e -> actions.assign());
        retryButton.setOnAction(e -> actions.retry());
        billNextButton.setOnAction(e -> actions.billNext());
        writeOffButton.setOnAction(e -> actions.writeOff());
        messageLabel.textProperty().bind(actions.messageProperty());
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
    }

    public Parent root() {
        return root;
    }
}
