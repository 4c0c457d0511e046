package com.meterbook.ui.closing;

import com.meterbook.domain.Money;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.TableCopy;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.YearMonth;

/** Binds Close.fxml to its view model. */
public final class CloseView {

    private final CloseViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private ComboBox<YearMonth> periodBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label summaryLabel;
    @FXML private Label statusLabel;
    @FXML private Label resultLabel;
    @FXML private Button closeButton;
    @FXML private TableView<CloseRow> table;
    @FXML private TableColumn<CloseRow, String> accountColumn;
    @FXML private TableColumn<CloseRow, String> nameColumn;
    @FXML private TableColumn<CloseRow, Money> broughtColumn;
    @FXML private TableColumn<CloseRow, Money> usageColumn;
    @FXML private TableColumn<CloseRow, Money> recurringColumn;
    @FXML private TableColumn<CloseRow, Money> taxColumn;
    @FXML private TableColumn<CloseRow, Money> totalColumn;
    @FXML private TableColumn<CloseRow, Money> changeColumn;
    @FXML private TableColumn<CloseRow, String> outcomeColumn;

    public CloseView(CloseViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Close.fxml");
    }

    @FXML
    private void initialize() {
        periodBox.setItems(model.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        resultLabel.textProperty().bind(model.resultProperty());
        resultLabel.visibleProperty().bind(model.resultProperty().isNotEmpty());
        resultLabel.managedProperty().bind(resultLabel.visibleProperty());
        closeButton.textProperty().bind(Bindings.createStringBinding(
                () -> model.periodProperty().get() == null ? "Clo_se cycle" : "Clo_se " + model.periodProperty().get(),
                model.periodProperty()));
        closeButton.disableProperty().bind(model.canCloseProperty().not());
        closeButton.setOnAction(e -> model.close());
        Columns.value(accountColumn, CloseRow::account);
        Columns.value(nameColumn, CloseRow::name);
        Columns.money(broughtColumn, CloseRow::broughtForward);
        Columns.money(usageColumn, CloseRow::usage);
        Columns.money(recurringColumn, CloseRow::recurring);
        Columns.money(taxColumn, CloseRow::tax);
        Columns.money(totalColumn, CloseRow::total);
        Columns.money(changeColumn, CloseRow::usageChange);
        Columns.value(outcomeColumn, CloseRow::outcome);
        Columns.sortedItems(table, model.rows());
        TableCopy.install(table);
        widths.remember(table, "close-table");
    }

    public Parent root() {
        return root;
    }
}
