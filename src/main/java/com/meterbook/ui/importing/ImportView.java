package com.meterbook.ui.importing;

import com.meterbook.ingest.UsageFormat;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

import java.nio.file.Path;

/** Binds Import.fxml to its view model. */
public final class ImportView {

    private final ImportViewModel model;
    private final Parent root;

    @FXML private Button chooseButton;
    @FXML private ComboBox<UsageFormat> formatBox;
    @FXML private Button importButton;
    @FXML private ListView<Path> fileList;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;
    @FXML private Label summaryLabel;
    @FXML private TableView<ImportResultRow> resultTable;
    @FXML private TableColumn<ImportResultRow, String> fileColumn;
    @FXML private TableColumn<ImportResultRow, String> formatColumn;
    @FXML private TableColumn<ImportResultRow, String> importedColumn;
    @FXML private TableColumn<ImportResultRow, String> duplicatesColumn;
    @FXML private TableColumn<ImportResultRow, String> exceptionsColumn;
    @FXML private TableColumn<ImportResultRow, String> outcomeColumn;

    public ImportView(ImportViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "Import.fxml");
    }

    @FXML
    private void initialize() {
        formatBox.getItems().setAll(model.formats());
        formatBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(UsageFormat format) {
                return format == null ? "" : format.cliName();
            }

            @Override
            public UsageFormat fromString(String text) {
                return UsageFormat.parse(text);
            }
        });
        formatBox.valueProperty().bindBidirectional(model.formatProperty());
        fileList.setItems(model.files());
        chooseButton.disableProperty().bind(model.runningProperty());
        formatBox.disableProperty().bind(model.runningProperty());
        importButton.disableProperty().bind(model.canImportBinding().not());
        progressBar.progressProperty().bind(model.progressProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not().or(model.cancellingProperty()));
        statusLabel.textProperty().bind(model.statusProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        Columns.value(fileColumn, ImportResultRow::file);
        Columns.value(formatColumn, ImportResultRow::format);
        Columns.value(importedColumn, ImportResultRow::imported);
        Columns.value(duplicatesColumn, ImportResultRow::duplicates);
        Columns.value(exceptionsColumn, ImportResultRow::exceptions);
        Columns.value(outcomeColumn, ImportResultRow::outcome);
        resultTable.setItems(model.results());
    }

    @FXML
    private void chooseFiles() {
        model.chooseFiles();
    }

    @FXML
    private void startImport() {
        model.startImport();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    public Parent root() {
        return root;
    }
}
