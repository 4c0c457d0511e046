package com.meterbook.ui.customers;

import com.meterbook.domain.Customer;
import com.meterbook.domain.Money;
import com.meterbook.operations.CustomerRules;
import com.meterbook.rating.RateRow;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.TableCopy;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Binds Customers.fxml to its view model. */
public final class CustomersView {

    private final CustomersViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private Label searchFieldLabel;
    @FXML private Label nameFieldLabel;
    @FXML private Label planBoxLabel;
    @FXML private Label numbersListLabel;
    @FXML private Label thresholdFieldLabel;
    @FXML private Label entityFieldLabel;
    @FXML private TextField searchField;
    @FXML private TableView<Customer> customersTable;
    @FXML private TableColumn<Customer, String> accountColumn;
    @FXML private TableColumn<Customer, String> nameColumn;
    @FXML private TableColumn<Customer, String> planColumn;
    @FXML private Label headingLabel;
    @FXML private GridPane formGrid;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<String> planBox;
    @FXML private Label planError;
    @FXML private ListView<String> numbersList;
    @FXML private TextField newNumberField;
    @FXML private Button addNumberButton;
    @FXML private Button removeNumberButton;
    @FXML private Label numbersError;
    @FXML private TextField thresholdField;
    @FXML private Label thresholdError;
    @FXML private TextField entityField;
    @FXML private Label entityError;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label statusLabel;
    @FXML private Label usageLabel;
    @FXML private TableView<RecordRow> latestTable;
    @FXML private TableColumn<RecordRow, String> recordColumn;
    @FXML private TableColumn<RecordRow, String> startColumn;
    @FXML private TableColumn<RecordRow, String> targetColumn;
    @FXML private TableColumn<RecordRow, String> bandColumn;
    @FXML private TableColumn<RecordRow, String> quantityColumn;
    @FXML private TableColumn<RecordRow, Money> chargeColumn;
    @FXML private TableColumn<RecordRow, String> statusColumn;
    @FXML private TableView<RateRow> overridesTable;
    @FXML private TableColumn<RateRow, String> oPrefixColumn;
    @FXML private TableColumn<RateRow, String> oDestinationColumn;
    @FXML private TableColumn<RateRow, String> oBandColumn;
    @FXML private TableColumn<RateRow, String> oFromColumn;
    @FXML private TableColumn<RateRow, String> oRateColumn;
    @FXML private TableColumn<RateRow, String> oPerColumn;
    @FXML private TableColumn<RateRow, String> oIncrementColumn;
    @FXML private TableColumn<RateRow, String> oTierColumn;

    public CustomersView(CustomersViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Customers.fxml");
    }

    @FXML
    private void initialize() {
        searchFieldLabel.setLabelFor(searchField);
        nameFieldLabel.setLabelFor(nameField);
        planBoxLabel.setLabelFor(planBox);
        numbersListLabel.setLabelFor(numbersList);
        thresholdFieldLabel.setLabelFor(thresholdField);
        entityFieldLabel.setLabelFor(entityField);
        searchField.textProperty().bindBidirectional(model.searchProperty());
        Columns.value(accountColumn, Customer::account);
        Columns.value(nameColumn, Customer::name);
        Columns.value(planColumn, Customer::plan);
        Columns.sortedItems(customersTable, model.shown());
        TableCopy.install(customersTable);
        widths.remember(customersTable, "customers-customersTable");
        customersTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        headingLabel.textProperty().bind(model.headingProperty());
        formGrid.disableProperty().bind(model.detailProperty().isNull());
        CustomerForm form = model.form();
        nameField.textProperty().bindBidirectional(form.nameProperty());
        planBox.setItems(model.plans());
        planBox.valueProperty().bindBidirectional(form.planProperty());
        numbersList.setItems(form.numbers());
        form.numbers().addListener((javafx.collections.ListChangeListener<String>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    numbersList.scrollTo(c.getFrom());
                }
            }
        });
        newNumberField.textProperty().bindBidirectional(form.newNumberProperty());
        newNumberField.setOnAction(e -> form.addNumber());
        addNumberButton.setOnAction(e -> form.addNumber());
        addNumberButton.disableProperty().bind(form.newNumberProperty().isEmpty());
        removeNumberButton.disableProperty().bind(numbersList.getSelectionModel().selectedItemProperty().isNull());
        removeNumberButton.setOnAction(e -> form.removeNumber(numbersList.getSelectionModel().getSelectedItem()));
        thresholdField.textProperty().bindBidirectional(form.thresholdProperty());
        thresholdField.promptTextProperty().bind(model.thresholdPromptProperty());
        entityField.textProperty().bindBidirectional(form.entityProperty());
        bindError(nameError, CustomerRules.NAME);
        bindError(planError, CustomerRules.PLAN);
        bindError(numbersError, CustomerRules.NUMBERS);
        bindError(thresholdError, CustomerRules.THRESHOLD);
        bindError(entityError, CustomerRules.ENTITY);
        saveButton.disableProperty().bind(model.canSaveProperty().not());
        saveButton.setOnAction(e -> model.save());
        revertButton.disableProperty().bind(form.dirtyProperty().not());
        revertButton.setOnAction(e -> model.revert());
        statusLabel.textProperty().bind(model.statusProperty());
        usageLabel.textProperty().bind(model.usageProperty());
        Columns.value(recordColumn, RecordRow::recordId);
        Columns.value(startColumn, RecordRow::start);
        Columns.value(targetColumn, RecordRow::target);
        Columns.value(bandColumn, RecordRow::band);
        Columns.value(quantityColumn, RecordRow::quantity);
        Columns.money(chargeColumn, RecordRow::charge);
        chargeColumn.setComparator(java.util.Comparator.nullsFirst(Money::compareTo));
        Columns.value(statusColumn, RecordRow::status);
        Columns.sortedItems(latestTable, model.latest());
        TableCopy.install(latestTable);
        widths.remember(latestTable, "customers-latestTable");
        Columns.value(oPrefixColumn, RateRow::prefix);
        Columns.value(oDestinationColumn, RateRow::destination);
        Columns.value(oBandColumn, RateRow::band);
        Columns.value(oFromColumn, r -> r.effectiveFrom().toString());
        Columns.value(oRateColumn, r -> r.rate().toPlainString());
        Columns.value(oPerColumn, r -> r.per().toPlainString());
        Columns.value(oIncrementColumn, r -> r.increment().toPlainString());
        Columns.value(oTierColumn, r -> r.tierFrom().toPlainString());
        Columns.sortedItems(overridesTable, model.overrides());
        TableCopy.install(overridesTable);
        widths.remember(overridesTable, "customers-overridesTable");
    }

    private void bindError(Label label, String field) {
        label.textProperty().bind(model.form().errorProperty(field));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    public Parent root() {
        return root;
    }
}
