package com.meterbook.ui.disputes;

import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.TableCopy;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds Disputes.fxml to its view model. */
public final class DisputesView {

    private final DisputesViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private ComboBox<String> statusBox;
    @FXML private TextField accountField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField textField;
    @FXML private ComboBox<String> kindBox;
    @FXML private TextField targetField;
    @FXML private TextField reasonField;
    @FXML private Button openButton;
    @FXML private TableView<DisputeLine> table;
    @FXML private TableColumn<DisputeLine, Long> idColumn;
    @FXML private TableColumn<DisputeLine, String> statusColumn;
    @FXML private TableColumn<DisputeLine, String> targetColumn;
    @FXML private TableColumn<DisputeLine, String> accountColumn;
    @FXML private TableColumn<DisputeLine, String> openedColumn;
    @FXML private TableColumn<DisputeLine, String> authorColumn;
    @FXML private TableColumn<DisputeLine, String> creditColumn;
    @FXML private TableColumn<DisputeLine, String> reasonColumn;
    @FXML private Label titleLabel;
    @FXML private Label summaryLabel;
    @FXML private TextField noteField;
    @FXML private Button commentButton;
    @FXML private Button rejectButton;
    @FXML private TextField amountField;
    @FXML private Button creditButton;
    @FXML private Button pdfButton;
    @FXML private Label messageLabel;
    @FXML private TableView<NoteRow> commentsTable;
    @FXML private TableColumn<NoteRow, String> commentWhenColumn;
    @FXML private TableColumn<NoteRow, String> commentUserColumn;
    @FXML private TableColumn<NoteRow, String> commentTextColumn;
    @FXML private TableView<NoteRow> historyTable;
    @FXML private TableColumn<NoteRow, String> historyWhenColumn;
    @FXML private TableColumn<NoteRow, String> historyUserColumn;
    @FXML private TableColumn<NoteRow, String> historyActionColumn;
    @FXML private TableColumn<NoteRow, String> historyDetailColumn;

    public DisputesView(DisputesViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Disputes.fxml");
    }

    @FXML
    private void initialize() {
        statusBox.getItems().setAll(DisputesViewModel.STATUSES);
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        accountField.textProperty().bindBidirectional(model.accountProperty());
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        textField.textProperty().bindBidirectional(model.textProperty());
        kindBox.getItems().setAll(DisputesViewModel.KINDS);
        kindBox.valueProperty().bindBidirectional(model.openKindProperty());
        targetField.textProperty().bindBidirectional(model.openTargetProperty());
        reasonField.textProperty().bindBidirectional(model.openReasonProperty());
        openButton.setOnAction(e -> model.openDispute());
        reasonField.setOnAction(e -> model.openDispute());
        bindLog();
        bindDetail(model.detail());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    private void bindLog() {
        Columns.value(idColumn, DisputeLine::id);
        Columns.value(statusColumn, DisputeLine::status);
        Columns.value(targetColumn, DisputeLine::target);
        Columns.value(accountColumn, DisputeLine::account);
        Columns.value(openedColumn, DisputeLine::opened);
        Columns.value(authorColumn, DisputeLine::author);
        Columns.value(creditColumn, DisputeLine::creditNote);
        Columns.value(reasonColumn, DisputeLine::reason);
        withTooltip(reasonColumn);
        withTooltip(targetColumn);
        Columns.sortedItems(table, model.rows());
        TableCopy.install(table);
        widths.remember(table, "disputes-table");
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null || !table.getItems().isEmpty()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
    }

    private void bindDetail(DisputeDetailModel detail) {
        titleLabel.textProperty().bind(detail.titleProperty());
        summaryLabel.textProperty().bind(detail.summaryProperty());
        noteField.textProperty().bindBidirectional(detail.noteProperty());
        amountField.textProperty().bindBidirectional(detail.amountProperty());
        commentButton.disableProperty().bind(model.selectedProperty().isNull());
        rejectButton.disableProperty().bind(detail.openProperty().not());
        creditButton.disableProperty().bind(detail.openProperty().not());
        amountField.disableProperty().bind(detail.openProperty().not());
        pdfButton.disableProperty().bind(detail.creditNoteProperty().isEmpty());
        commentButton.setOnAction(e -> detail.comment());
        rejectButton.setOnAction(e -> detail.reject());
        creditButton.setOnAction(e -> detail.issueCreditNote());
        pdfButton.setOnAction(e -> detail.saveCreditNotePdf());
        Columns.value(commentWhenColumn, NoteRow::when);
        Columns.value(commentUserColumn, NoteRow::user);
        Columns.value(commentTextColumn, NoteRow::text);
        withTooltip(commentTextColumn);
        Columns.sortedItems(commentsTable, detail.comments());
        TableCopy.install(commentsTable);
        Columns.value(historyWhenColumn, NoteRow::when);
        Columns.value(historyUserColumn, NoteRow::user);
        Columns.value(historyActionColumn, NoteRow::action);
        Columns.value(historyDetailColumn, NoteRow::text);
        withTooltip(historyDetailColumn);
        Columns.sortedItems(historyTable, detail.history());
        TableCopy.install(historyTable);
        widths.remember(historyTable, "disputes-historyTable");
    }

    /** Long texts are cut by the column: the whole text shows as the cell's tooltip. */
    private static <S> void withTooltip(TableColumn<S, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
    }

    public Parent root() {
        return root;
    }
}
