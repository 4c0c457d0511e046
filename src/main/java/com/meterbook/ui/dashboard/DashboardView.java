package com.meterbook.ui.dashboard;

import com.meterbook.domain.Money;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.YearMonth;

/** Binds Dashboard.fxml to its view model. */
public final class DashboardView {

    private final DashboardViewModel model;
    private final Parent root;

    @FXML private ComboBox<YearMonth> periodBox;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label pendingTotalLabel;
    @FXML private Label invoiceLabel;
    @FXML private Label carryLabel;
    @FXML private Label exceptionsLabel;
    @FXML private TableView<CustomerRow> table;
    @FXML private TableColumn<CustomerRow, String> accountColumn;
    @FXML private TableColumn<CustomerRow, String> nameColumn;
    @FXML private TableColumn<CustomerRow, String> planColumn;
    @FXML private TableColumn<CustomerRow, Money> broughtColumn;
    @FXML private TableColumn<CustomerRow, Money> usageColumn;
    @FXML private TableColumn<CustomerRow, Money> recurringColumn;
    @FXML private TableColumn<CustomerRow, Money> pendingColumn;
    @FXML private TableColumn<CustomerRow, String> stateColumn;

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "Dashboard.fxml");
    }

    @FXML
    private void initialize() {
        periodBox.setItems(model.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        pendingTotalLabel.textProperty().bind(model.pendingTotalProperty());
        invoiceLabel.textProperty().bind(model.invoiceSummaryProperty());
        carryLabel.textProperty().bind(model.carrySummaryProperty());
        exceptionsLabel.textProperty().bind(model.openExceptionsProperty());
        Columns.value(accountColumn, CustomerRow::account);
        Columns.value(nameColumn, CustomerRow::name);
        Columns.value(planColumn, CustomerRow::plan);
        Columns.money(broughtColumn, CustomerRow::broughtForward);
        Columns.money(usageColumn, CustomerRow::usage);
        Columns.money(recurringColumn, CustomerRow::recurring);
        Columns.money(pendingColumn, CustomerRow::pending);
        Columns.value(stateColumn, CustomerRow::state);
        Columns.sortedItems(table, model.rows());
    }

    public Parent root() {
        return root;
    }
}
