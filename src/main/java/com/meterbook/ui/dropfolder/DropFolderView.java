package com.meterbook.ui.dropfolder;

import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;

/** Binds DropFolder.fxml, the drop folder panel shown on the import screen, to its view model. */
public final class DropFolderView {

    private final DropFolderViewModel model;
    private final Parent root;
    // held here: a bidirectional binding holds its ends weakly
    private javafx.beans.property.ObjectProperty<Integer> stableValue;

    @FXML private TextField folderField;
    @FXML private CheckBox watchBox;
    @FXML private Label stableLabel;
    @FXML private Spinner<Integer> stableSpinner;
    @FXML private Label statusLabel;
    @FXML private ListView<String> pickedUpList;

    public DropFolderView(DropFolderViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "DropFolder.fxml");
    }

    @FXML
    private void initialize() {
        folderField.textProperty().bind(model.folderProperty());
        watchBox.selectedProperty().bindBidirectional(model.enabledProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory seconds = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 3600);
        stableValue = model.stableSecondsProperty().asObject();
        seconds.valueProperty().bindBidirectional(stableValue);
        stableSpinner.setValueFactory(seconds);
        stableLabel.setLabelFor(stableSpinner);
        statusLabel.textProperty().bind(model.statusProperty());
        pickedUpList.setItems(model.pickedUp());
    }

    @FXML
    private void chooseFolder() {
        model.chooseFolder();
    }

    @FXML
    private void apply() {
        model.apply();
    }

    public Parent root() {
        return root;
    }
}
