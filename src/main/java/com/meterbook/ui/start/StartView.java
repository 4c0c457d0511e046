package com.meterbook.ui.start;

import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;

import java.math.RoundingMode;
import java.nio.file.Path;

/** Binds Start.fxml to its view model; no logic of its own. */
public final class StartView {

    private final StartViewModel model;
    private final Path ledgerFolder;
    private final Parent root;

    @FXML private Label ledgerLabel;
    @FXML private Label sampleFolderLabel;
    @FXML private Button loadSampleButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private TextField zoneField;
    @FXML private TextField currencyField;
    @FXML private TextField countryCodeField;
    @FXML private Spinner<Integer> decimalsSpinner;
    @FXML private ComboBox<RoundingMode> roundingBox;
    @FXML private TextField thresholdField;
    @FXML private TextField taxRateField;
    @FXML private TextField maxDurationField;
    @FXML private TextField maxChargeField;
    @FXML private Label problemLabel;
    @FXML private Button startEmptyButton;

    public StartView(StartViewModel model, Path ledgerFolder) {
        this.model = model;
        this.ledgerFolder = ledgerFolder;
        this.root = Fxml.load(this, "Start.fxml");
    }

    @FXML
    private void initialize() {
        ledgerLabel.setText("The ledger in " + ledgerFolder + " has no customers yet.");
        sampleFolderLabel.setText(model.sampleDescription());
        loadSampleButton.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.sampleAvailable())));
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.busyProperty().or(model.progressProperty().greaterThan(0)));
        statusLabel.textProperty().bind(model.statusProperty());
        zoneField.textProperty().bindBidirectional(model.zoneProperty());
        currencyField.textProperty().bindBidirectional(model.currencyProperty());
        countryCodeField.textProperty().bindBidirectional(model.countryCodeProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory decimals = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 6);
        decimals.valueProperty().bindBidirectional(model.decimalsProperty());
        decimalsSpinner.setValueFactory(decimals);
        roundingBox.getItems().setAll(StartViewModel.ROUNDING_MODES);
        roundingBox.valueProperty().bindBidirectional(model.roundingProperty());
        thresholdField.textProperty().bindBidirectional(model.thresholdProperty());
        taxRateField.textProperty().bindBidirectional(model.taxRateProperty());
        maxDurationField.textProperty().bindBidirectional(model.maxDurationProperty());
        maxChargeField.textProperty().bindBidirectional(model.maxChargeProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        startEmptyButton.disableProperty().bind(model.busyProperty().or(model.validProperty().not()));
    }

    @FXML
    private void loadSample() {
        model.loadSample();
    }

    @FXML
    private void startEmpty() {
        model.startEmpty();
    }

    public Parent root() {
        return root;
    }
}
