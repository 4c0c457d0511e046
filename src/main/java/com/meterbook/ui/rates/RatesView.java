package com.meterbook.ui.rates;

import com.meterbook.ui.common.EditRow;
import com.meterbook.ui.common.EditableColumns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.TableCopy;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import java.util.Map;

/** Binds Rates.fxml to its view model. */
public final class RatesView {

    private final RatesViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private HBox rerateBar;
    @FXML private Label rerateMessage;
    @FXML private ProgressBar rerateProgress;
    @FXML private Button rerateButton;
    @FXML private Label ownerLabel;
    @FXML private ComboBox<Owner> ownerBox;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private Button addRowButton;
    @FXML private Button deleteRowButton;
    @FXML private Label versionLabel;
    @FXML private DatePicker versionDate;
    @FXML private Button newVersionButton;
    @FXML private Button revertButton;
    @FXML private Button saveButton;
    @FXML private TableView<EditRow> ratesTable;
    @FXML private TableColumn<EditRow, String> prefixColumn;
    @FXML private TableColumn<EditRow, String> destinationColumn;
    @FXML private TableColumn<EditRow, String> bandColumn;
    @FXML private TableColumn<EditRow, String> fromColumn;
    @FXML private TableColumn<EditRow, String> connectColumn;
    @FXML private TableColumn<EditRow, String> rateColumn;
    @FXML private TableColumn<EditRow, String> perColumn;
    @FXML private TableColumn<EditRow, String> incrementColumn;
    @FXML private TableColumn<EditRow, String> slotColumn;
    @FXML private TableColumn<EditRow, String> tierColumn;
    @FXML private TableColumn<EditRow, String> minColumn;
    @FXML private Label ratesStatus;
    @FXML private Button addBandButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button deleteBandButton;
    @FXML private TableView<EditRow> bandsTable;
    @FXML private TableColumn<EditRow, String> bandNameColumn;
    @FXML private TableColumn<EditRow, String> daysColumn;
    @FXML private TableColumn<EditRow, String> startColumn;
    @FXML private TableColumn<EditRow, String> endColumn;
    @FXML private Button addHolidayButton;
    @FXML private Button deleteHolidayButton;
    @FXML private TableView<EditRow> holidaysTable;
    @FXML private TableColumn<EditRow, String> dateColumn;
    @FXML private TableColumn<EditRow, String> holidayNameColumn;
    @FXML private TableColumn<EditRow, String> holidayBandColumn;
    @FXML private Label calendarStatus;
    @FXML private Button revertCalendarButton;
    @FXML private Button saveCalendarButton;

    public RatesView(RatesViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Rates.fxml");
    }

    @FXML
    private void initialize() {
        RerateOffer rerate = model.rerate();
        rerateBar.visibleProperty().bind(rerate.messageProperty().isNotEmpty());
        rerateBar.managedProperty().bind(rerateBar.visibleProperty());
        rerateMessage.textProperty().bind(rerate.messageProperty());
        rerateProgress.progressProperty().bind(rerate.progressProperty());
        rerateProgress.visibleProperty().bind(rerate.runningProperty());
        rerateButton.visibleProperty().bind(rerate.offeredProperty());
        rerateButton.disableProperty().bind(rerate.runningProperty());
        rerateButton.setOnAction(e -> rerate.rerate());
        bindRates(model.rates());
        bindCalendar(model.calendar());
    }

    private void bindRates(RateRowsModel rates) {
        ownerLabel.setLabelFor(ownerBox);
        versionLabel.setLabelFor(versionDate);
        ownerBox.setItems(rates.owners());
        ownerBox.valueProperty().bindBidirectional(rates.ownerProperty());
        ownerBox.disableProperty().bind(rates.dirtyProperty());
        Map.of(prefixColumn, "prefix", destinationColumn, "destination", bandColumn, "band", fromColumn, "effective_from",
                        connectColumn, "connect_fee", rateColumn, "rate", perColumn, "per", incrementColumn, "increment")
                .forEach(EditableColumns::text);
        Map.of(slotColumn, "slot_from", tierColumn, "tier_from", minColumn, "min_charge").forEach(EditableColumns::text);
        EditableColumns.markProblems(ratesTable);
        ratesTable.setItems(rates.rows());
        TableCopy.install(ratesTable);
        widths.remember(ratesTable, "rates-ratesTable");
        addRowButton.setOnAction(e -> {
            rates.addRow();
            ratesTable.scrollTo(rates.rows().size() - 1);
        });
        deleteRowButton.disableProperty().bind(ratesTable.getSelectionModel().selectedItemProperty().isNull());
        deleteRowButton.setOnAction(e -> rates.deleteRows(ratesTable.getSelectionModel().getSelectedItems()));
        versionDate.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        versionDate.valueProperty().bindBidirectional(rates.versionDateProperty());
        newVersionButton.setOnAction(e -> rates.newVersion());
        revertButton.disableProperty().bind(rates.dirtyProperty().not());
        revertButton.setOnAction(e -> rates.revert());
        saveButton.disableProperty().bind(rates.canSaveProperty().not());
        saveButton.setOnAction(e -> rates.save());
        importButton.setOnAction(e -> rates.importCsv());
        exportButton.disableProperty().bind(rates.ownerProperty().isNull());
        exportButton.setOnAction(e -> rates.exportCsv());
        ratesStatus.textProperty().bind(rates.statusProperty());
    }

    private void bindCalendar(CalendarModel calendar) {
        Map.of(bandNameColumn, "band", daysColumn, "days", startColumn, "start", endColumn, "end").forEach(EditableColumns::text);
        Map.of(dateColumn, "date", holidayNameColumn, "name", holidayBandColumn, "band").forEach(EditableColumns::text);
        EditableColumns.markProblems(bandsTable);
        EditableColumns.markProblems(holidaysTable);
        bandsTable.setItems(calendar.bands());
        holidaysTable.setItems(calendar.holidays());
        TableCopy.install(bandsTable);
        widths.remember(bandsTable, "rates-bandsTable");
        TableCopy.install(holidaysTable);
        widths.remember(holidaysTable, "rates-holidaysTable");
        addBandButton.setOnAction(e -> calendar.addBand());
        addHolidayButton.setOnAction(e -> calendar.addHoliday());
        var band = bandsTable.getSelectionModel().selectedItemProperty();
        upButton.disableProperty().bind(band.isNull());
        downButton.disableProperty().bind(band.isNull());
        deleteBandButton.disableProperty().bind(band.isNull());
        upButton.setOnAction(e -> move(calendar, -1));
        downButton.setOnAction(e -> move(calendar, 1));
        deleteBandButton.setOnAction(e -> calendar.delete(bandsTable.getSelectionModel().getSelectedItems()));
        deleteHolidayButton.disableProperty().bind(holidaysTable.getSelectionModel().selectedItemProperty().isNull());
        deleteHolidayButton.setOnAction(e -> calendar.delete(holidaysTable.getSelectionModel().getSelectedItems()));
        revertCalendarButton.disableProperty().bind(calendar.dirtyProperty().not());
        revertCalendarButton.setOnAction(e -> calendar.revert());
        saveCalendarButton.disableProperty().bind(calendar.canSaveProperty().not());
        saveCalendarButton.setOnAction(e -> calendar.save());
        calendarStatus.textProperty().bind(calendar.statusProperty());
    }

    private void move(CalendarModel calendar, int by) {
        EditRow row = bandsTable.getSelectionModel().getSelectedItem();
        calendar.moveBand(row, by);
        bandsTable.getSelectionModel().clearAndSelect(calendar.bands().indexOf(row));
    }

    public Parent root() {
        return root;
    }
}
