package com.meterbook.ui.dashboard;

import com.meterbook.domain.DestinationClass;
import com.meterbook.domain.Money;
import com.meterbook.operations.UsageActivity;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.TableCopy;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.YearMonth;
import java.util.List;

/** Binds Dashboard.fxml to its view model. */
public final class DashboardView {

    private final DashboardViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private ComboBox<YearMonth> periodBox;
    @FXML private Label periodLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label liveLabel;
    @FXML private Label lastRecordLabel;
    @FXML private Label staleLabel;
    @FXML private Spinner<Integer> staleSpinner;
    @FXML private Label pendingTotalLabel;
    @FXML private Label invoiceLabel;
    @FXML private Label carryLabel;
    @FXML private Label exceptionsLabel;
    @FXML private javafx.scene.control.Hyperlink exceptionsLink;
    @FXML private Label ratedTodayLabel;
    @FXML private StackedBarChart<String, Number> usageChart;
    @FXML private CategoryAxis dayAxis;
    @FXML private TableView<CustomerRow> table;
    @FXML private TableColumn<CustomerRow, String> accountColumn;
    @FXML private TableColumn<CustomerRow, String> nameColumn;
    @FXML private TableColumn<CustomerRow, String> planColumn;
    @FXML private TableColumn<CustomerRow, Money> broughtColumn;
    @FXML private TableColumn<CustomerRow, Money> usageColumn;
    @FXML private TableColumn<CustomerRow, Money> recurringColumn;
    @FXML private TableColumn<CustomerRow, Money> pendingColumn;
    @FXML private TableColumn<CustomerRow, String> stateColumn;

    public DashboardView(DashboardViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Dashboard.fxml");
    }

    @FXML
    private void initialize() {
        periodBox.setItems(model.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        periodLabel.setLabelFor(periodBox);
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        liveLabel.textProperty().bind(model.liveTextProperty());
        model.liveProperty().addListener((o, old, now) -> markLive(now));
        markLive(model.liveProperty().get());
        lastRecordLabel.textProperty().bind(model.lastRecordProperty());
        staleSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(model.staleMinutesMin(),
                model.staleMinutesMax(), model.staleMinutesProperty().get()));
        staleSpinner.getValueFactory().valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.staleMinutesProperty().set(now);
            }
        });
        staleLabel.setLabelFor(staleSpinner);
        pendingTotalLabel.textProperty().bind(model.pendingTotalProperty());
        invoiceLabel.textProperty().bind(model.invoiceSummaryProperty());
        carryLabel.textProperty().bind(model.carrySummaryProperty());
        exceptionsLabel.textProperty().bind(model.openExceptionsProperty());
        exceptionsLink.setOnAction(e -> model.openExceptions());
        ratedTodayLabel.textProperty().bind(model.ratedTodayProperty());
        model.usageDays().addListener((ListChangeListener<UsageActivity.Day>) c -> chart(model.usageDays()));
        Columns.value(accountColumn, CustomerRow::account);
        Columns.value(nameColumn, CustomerRow::name);
        Columns.value(planColumn, CustomerRow::plan);
        Columns.money(broughtColumn, CustomerRow::broughtForward);
        Columns.money(usageColumn, CustomerRow::usage);
        Columns.money(recurringColumn, CustomerRow::recurring);
        Columns.money(pendingColumn, CustomerRow::pending);
        Columns.value(stateColumn, CustomerRow::state);
        Columns.sortedItems(table, model.rows());
        TableCopy.install(table);
        widths.remember(table, "dashboard-balances");
    }

    private void markLive(boolean live) {
        liveLabel.getStyleClass().removeAll("live", "stale");
        liveLabel.getStyleClass().add(live ? "live" : "stale");
    }

    /** One series per destination class that has records in the cycle, stacked per day. */
    private void chart(List<UsageActivity.Day> days) {
        dayAxis.getCategories().setAll(days.stream().map(d -> Integer.toString(d.date().getDayOfMonth())).toList());
        usageChart.getData().clear();
        for (DestinationClass c : DestinationClass.values()) {
            if (days.stream().anyMatch(d -> d.records().get(c) > 0)) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(c.label());
                for (UsageActivity.Day d : days) {
                    series.getData().add(new XYChart.Data<>(Integer.toString(d.date().getDayOfMonth()), d.records().get(c)));
                }
                usageChart.getData().add(series);
            }
        }
    }

    public Parent root() {
        return root;
    }
}
