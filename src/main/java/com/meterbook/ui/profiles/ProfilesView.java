package com.meterbook.ui.profiles;

import com.meterbook.ingest.ProfileField;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.TableCopy;
import com.meterbook.ui.importing.PreviewRow;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import java.util.Map;

/** Binds Profiles.fxml to its view model. */
public final class ProfilesView {

    private final ProfilesViewModel model;
    private final Parent root;

    @FXML private ComboBox<String> savedBox;
    @FXML private Button loadButton;
    @FXML private TextField nameField;
    @FXML private ComboBox<String> kindBox;
    @FXML private TextField delimiterField;
    @FXML private TextField quoteField;
    @FXML private CheckBox headerBox;
    @FXML private TextField idField;
    @FXML private TextField accountField;
    @FXML private TextField callerField;
    @FXML private TextField calleeField;
    @FXML private TextField serviceField;
    @FXML private TextField startField;
    @FXML private TextField durationField;
    @FXML private ComboBox<String> unitBox;
    @FXML private TextField endField;
    @FXML private TextField quantityField;
    @FXML private TextField patternField;
    @FXML private TextField zoneField;
    @FXML private TextField hashField;
    @FXML private Label problemLabel;
    @FXML private Button fileButton;
    @FXML private Label noteLabel;
    @FXML private Button saveButton;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, Long> lineColumn;
    @FXML private TableColumn<PreviewRow, String> recordColumn;
    @FXML private TableColumn<PreviewRow, String> accountColumn;
    @FXML private TableColumn<PreviewRow, String> callerColumn;
    @FXML private TableColumn<PreviewRow, String> targetColumn;
    @FXML private TableColumn<PreviewRow, String> startColumn;
    @FXML private TableColumn<PreviewRow, String> quantityColumn;
    @FXML private TableColumn<PreviewRow, String> problemColumn;

    public ProfilesView(ProfilesViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "Profiles.fxml");
    }

    @FXML
    private void initialize() {
        savedBox.setItems(model.saved());
        loadButton.disableProperty().bind(savedBox.valueProperty().isNull());
        loadButton.setOnAction(e -> model.load(savedBox.getValue()));
        nameField.textProperty().bindBidirectional(model.nameProperty());
        kindBox.getItems().setAll("call", "event");
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        delimiterField.textProperty().bindBidirectional(model.delimiterProperty());
        quoteField.textProperty().bindBidirectional(model.quoteProperty());
        headerBox.selectedProperty().bindBidirectional(model.headerProperty());
        Map.of(ProfileField.ID, idField, ProfileField.ACCOUNT, accountField, ProfileField.CALLER, callerField,
                ProfileField.CALLEE, calleeField, ProfileField.SERVICE, serviceField, ProfileField.START, startField,
                ProfileField.DURATION, durationField, ProfileField.END, endField, ProfileField.QUANTITY, quantityField)
                .forEach((f, field) -> field.textProperty().bindBidirectional(model.columnProperty(f)));
        unitBox.getItems().setAll("s", "ms", "min", "end");
        unitBox.valueProperty().bindBidirectional(model.unitProperty());
        patternField.textProperty().bindBidirectional(model.patternProperty());
        zoneField.textProperty().bindBidirectional(model.zoneProperty());
        hashField.textProperty().bindBidirectional(model.idHashProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        noteLabel.textProperty().bind(model.noteProperty());
        fileButton.setOnAction(e -> model.chooseFile());
        saveButton.disableProperty().bind(Bindings.not(model.canSaveProperty()));
        saveButton.setOnAction(e -> model.save());
        Columns.value(lineColumn, PreviewRow::line);
        Columns.value(recordColumn, PreviewRow::recordId);
        Columns.value(accountColumn, PreviewRow::account);
        Columns.value(callerColumn, PreviewRow::caller);
        Columns.value(targetColumn, PreviewRow::target);
        Columns.value(startColumn, PreviewRow::start);
        Columns.value(quantityColumn, PreviewRow::quantity);
        Columns.value(problemColumn, PreviewRow::problem);
        Columns.sortedItems(previewTable, model.rows());
        TableCopy.install(previewTable);
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("bad-line");
                if (!empty && row != null && row.bad()) {
                    getStyleClass().add("bad-line");
                }
            }
        });
    }

    public Parent root() {
        return root;
    }
}
