package com.meterbook.ui.reports;

import com.meterbook.domain.Money;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.TableCopy;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

/** Binds Reports.fxml to its view model. */
public final class ReportsView {

    private final ReportsViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private Label periodLabel;
    @FXML private ComboBox<YearMonth> periodBox;
    @FXML private Label entityLabel;
    @FXML private ComboBox<String> entityBox;
    @FXML private TableView<ReportRow> table;
    @FXML private TableColumn<ReportRow, String> classColumn;
    @FXML private TableColumn<ReportRow, String> destinationColumn;
    @FXML private TableColumn<ReportRow, Long> recordsColumn;
    @FXML private TableColumn<ReportRow, BigDecimal> minutesColumn;
    @FXML private TableColumn<ReportRow, BigDecimal> billedColumn;
    @FXML private TableColumn<ReportRow, BigDecimal> unitsColumn;
    @FXML private TableColumn<ReportRow, Money> revenueColumn;
    @FXML private Label totalLabel;
    @FXML private Button csvButton;
    @FXML private javafx.scene.control.CheckBox bomBox;
    @FXML private Button pdfButton;
    @FXML private Label accountLabel;
    @FXML private ComboBox<String> accountBox;
    @FXML private ComboBox<YearMonth> usagePeriodBox;
    @FXML private Button usageButton;
    @FXML private Button usageCancelButton;
    @FXML private Label messageLabel;

    public ReportsView(ReportsViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Reports.fxml");
    }

    @FXML
    private void initialize() {
        periodBox.setItems(model.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        periodLabel.setLabelFor(periodBox);
        entityBox.setItems(model.entities());
        entityBox.valueProperty().bindBidirectional(model.entityProperty());
        entityLabel.setLabelFor(entityBox);
        Columns.value(classColumn, ReportRow::destinationClass);
        Columns.value(destinationColumn, ReportRow::destination);
        Columns.value(recordsColumn, ReportRow::records);
        recordsColumn.setCellFactory(c -> cell(n -> n == null ? null : String.format(Locale.ROOT, "%,d", n)));
        number(minutesColumn, ReportRow::minutes);
        number(billedColumn, ReportRow::billedMinutes);
        number(unitsColumn, ReportRow::units);
        Columns.money(revenueColumn, ReportRow::revenue);
        Columns.sortedItems(table, model.rows());
        TableCopy.install(table);
        widths.remember(table, "report-table");
        totalLabel.textProperty().bind(model.totalProperty());
        csvButton.setOnAction(e -> model.exportCsv());
        bomBox.selectedProperty().bindBidirectional(model.excelBomProperty());
        pdfButton.setOnAction(e -> model.exportPdf());
        csvButton.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.periods())));
        pdfButton.disableProperty().bind(csvButton.disableProperty());
        UsageDownload usage = model.usage();
        accountBox.setItems(usage.accounts());
        accountBox.valueProperty().bindBidirectional(usage.accountProperty());
        accountLabel.setLabelFor(accountBox);
        usagePeriodBox.setItems(usage.periods());
        usagePeriodBox.valueProperty().bindBidirectional(usage.periodProperty());
        usageButton.setOnAction(e -> usage.download());
        usageButton.disableProperty().bind(usage.runningProperty().or(usage.accountProperty().isNull()));
        usageCancelButton.setOnAction(e -> usage.cancel());
        usageCancelButton.disableProperty().bind(usage.runningProperty().not());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    private static void number(TableColumn<ReportRow, BigDecimal> column, java.util.function.Function<ReportRow, BigDecimal> value) {
        Columns.value(column, value);
        column.setCellFactory(c -> cell(com.meterbook.ui.common.Formats::decimal));
    }

    private static <T> TableCell<ReportRow, T> cell(java.util.function.Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    public Parent root() {
        return root;
    }
}
