package com.meterbook.ui.exceptions;

import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.LedgerService.OpenException;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds Exceptions.fxml to its view model. */
public final class ExceptionsView {

    private final ExceptionsViewModel model;
    private final Parent root;

    @FXML private ComboBox<String> reasonBox;
    @FXML private Label countLabel;
    @FXML private TableView<OpenException> table;
    @FXML private TableColumn<OpenException, String> recordColumn;
    @FXML private TableColumn<OpenException, String> sourceColumn;
    @FXML private TableColumn<OpenException, Long> lineColumn;
    @FXML private TableColumn<OpenException, String> reasonColumn;
    @FXML private TableColumn<OpenException, String> detailColumn;

    public ExceptionsView(ExceptionsViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "Exceptions.fxml");
    }

    @FXML
    private void initialize() {
        reasonBox.setItems(model.reasons());
        reasonBox.valueProperty().bindBidirectional(model.reasonProperty());
        countLabel.textProperty().bind(model.countProperty());
        Columns.value(recordColumn, OpenException::recordId);
        Columns.value(sourceColumn, OpenException::source);
        Columns.value(lineColumn, OpenException::line);
        Columns.value(reasonColumn, OpenException::reason);
        Columns.value(detailColumn, OpenException::detail);
        Columns.sortedItems(table, model.shown());
    }

    public Parent root() {
        return root;
    }
}
