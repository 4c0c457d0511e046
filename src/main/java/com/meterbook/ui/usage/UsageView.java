package com.meterbook.ui.usage;

import com.meterbook.domain.Money;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.TableCopy;
import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.time.YearMonth;

/** Binds Usage.fxml to its view model. */
public final class UsageView {

    private final UsageViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private ComboBox<String> accountBox;
    @FXML private ComboBox<YearMonth> periodBox;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label pageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private TableView<UsageLine> table;
    @FXML private TableColumn<UsageLine, String> timeColumn;
    @FXML private TableColumn<UsageLine, String> recordColumn;
    @FXML private TableColumn<UsageLine, String> callerColumn;
    @FXML private TableColumn<UsageLine, String> calleeColumn;
    @FXML private TableColumn<UsageLine, String> destinationColumn;
    @FXML private TableColumn<UsageLine, String> bandColumn;
    @FXML private TableColumn<UsageLine, UsageLine.Amount> durationColumn;
    @FXML private TableColumn<UsageLine, UsageLine.Amount> billedColumn;
    @FXML private TableColumn<UsageLine, String> rateColumn;
    @FXML private TableColumn<UsageLine, Money> chargeColumn;
    @FXML private Button explainButton;
    @FXML private Label explainTitle;
    @FXML private Label storedLabel;
    @FXML private TextArea explanationArea;

    public UsageView(UsageViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Usage.fxml");
    }

    @FXML
    private void initialize() {
        accountBox.setItems(model.accounts());
        accountBox.valueProperty().bindBidirectional(model.accountProperty());
        periodBox.setItems(model.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        pageLabel.textProperty().bind(model.pageTextProperty());
        previousButton.disableProperty().bind(model.hasPreviousProperty().not());
        nextButton.disableProperty().bind(model.hasNextProperty().not());
        previousButton.setOnAction(e -> model.previousPage());
        nextButton.setOnAction(e -> model.nextPage());
        Columns.value(timeColumn, UsageLine::time);
        Columns.value(recordColumn, UsageLine::recordId);
        Columns.value(callerColumn, UsageLine::caller);
        Columns.value(calleeColumn, UsageLine::callee);
        Columns.value(destinationColumn, UsageLine::destination);
        Columns.value(bandColumn, UsageLine::band);
        Columns.value(durationColumn, UsageLine::duration);
        Columns.value(billedColumn, UsageLine::billed);
        Columns.value(rateColumn, UsageLine::rate);
        Columns.money(chargeColumn, UsageLine::charge);
        Columns.sortedItems(table, model.lines());
        TableCopy.install(table);
        widths.remember(table, "usage-table");
        ExplainModel explain = model.explain();
        explain.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        explainButton.disableProperty().bind(explain.selectedProperty().isNull());
        explainButton.setOnAction(e -> explain.explain());
        javafx.scene.control.MenuItem dispute = new javafx.scene.control.MenuItem("Dispute this record…");
        dispute.setId("disputeRecord");
        dispute.disableProperty().bind(explain.selectedProperty().isNull());
        dispute.setOnAction(e -> model.disputeSelected());
        table.setContextMenu(new javafx.scene.control.ContextMenu(dispute));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                explain.explain();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                explain.explain();
            }
        });
        explainTitle.textProperty().bind(explain.titleProperty());
        storedLabel.textProperty().bind(explain.storedProperty());
        explanationArea.textProperty().bind(explain.textProperty());
    }

    public Parent root() {
        return root;
    }
}
