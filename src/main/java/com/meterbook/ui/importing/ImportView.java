package com.meterbook.ui.importing;

import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import com.meterbook.ui.common.TableCopy;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.io.File;

/** Binds Import.fxml to its view model; files dropped on the screen are added like chosen ones. */
public final class ImportView {

    private final ImportViewModel model;
    private final ColumnWidths widths;
    private final Parent root;

    @FXML private VBox dropArea;
    @FXML private Button chooseButton;
    @FXML private Button removeButton;
    @FXML private Label formatLabel;
    @FXML private ComboBox<ReadAs> formatBox;
    @FXML private Button importButton;
    @FXML private TableView<ImportFile> fileTable;
    @FXML private TableColumn<ImportFile, String> fileNameColumn;
    @FXML private TableColumn<ImportFile, String> fileFormatColumn;
    @FXML private TableColumn<ImportFile, String> detectedColumn;
    @FXML private Label previewNote;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, Long> lineColumn;
    @FXML private TableColumn<PreviewRow, String> idColumn;
    @FXML private TableColumn<PreviewRow, String> accountColumn;
    @FXML private TableColumn<PreviewRow, String> callerColumn;
    @FXML private TableColumn<PreviewRow, String> targetColumn;
    @FXML private TableColumn<PreviewRow, String> startColumn;
    @FXML private TableColumn<PreviewRow, String> quantityColumn;
    @FXML private TableColumn<PreviewRow, String> problemColumn;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;
    @FXML private Label summaryLabel;
    @FXML private Hyperlink exceptionsLink;
    @FXML private TableView<ImportResultRow> resultTable;
    @FXML private TableColumn<ImportResultRow, String> fileColumn;
    @FXML private TableColumn<ImportResultRow, String> formatColumn;
    @FXML private TableColumn<ImportResultRow, String> importedColumn;
    @FXML private TableColumn<ImportResultRow, String> duplicatesColumn;
    @FXML private TableColumn<ImportResultRow, String> exceptionsColumn;
    @FXML private TableColumn<ImportResultRow, String> outcomeColumn;

    public ImportView(ImportViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Import.fxml");
    }

    @FXML
    private void initialize() {
        formatBox.setItems(model.choices());
        formatBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReadAs choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public ReadAs fromString(String text) {
                return model.choices().stream().filter(c -> c.label().equals(text)).findFirst().orElse(null);
            }
        });
        formatBox.valueProperty().bindBidirectional(model.readAsProperty());
        formatBox.setPromptText("choose");
        formatLabel.setLabelFor(formatBox);
        files();
        preview();
        var running = model.runningProperty();
        chooseButton.disableProperty().bind(running);
        removeButton.disableProperty().bind(running.or(model.selectedProperty().isNull()));
        formatBox.disableProperty().bind(running.or(model.selectedProperty().isNull()));
        importButton.disableProperty().bind(model.canImportBinding().not());
        progressBar.progressProperty().bind(model.progressProperty());
        cancelButton.disableProperty().bind(running.not().or(model.cancellingProperty()));
        statusLabel.textProperty().bind(model.statusProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        var link = model.run().exceptionsLinkProperty();
        exceptionsLink.textProperty().bind(link.map(t -> t.replaceFirst(" exception", " _exception")));
        exceptionsLink.visibleProperty().bind(link.isNotEmpty());
        exceptionsLink.managedProperty().bind(exceptionsLink.visibleProperty());
        Columns.value(fileColumn, ImportResultRow::file);
        Columns.value(formatColumn, ImportResultRow::format);
        Columns.value(importedColumn, ImportResultRow::imported);
        Columns.value(duplicatesColumn, ImportResultRow::duplicates);
        Columns.value(exceptionsColumn, ImportResultRow::exceptions);
        Columns.value(outcomeColumn, ImportResultRow::outcome);
        Columns.sortedItems(resultTable, model.results());
        TableCopy.install(resultTable);
        widths.remember(resultTable, "import-results");
        dropArea.setOnDragOver(this::dragOver);
        dropArea.setOnDragExited(e -> dropArea.getStyleClass().remove("drop-target"));
        dropArea.setOnDragDropped(this::dropped);
    }

    /**
     * Adds a panel at the foot of the screen (the drop folder's) in a pane that opens and folds by its
     * title, folded at first, so the preview keeps its height at the default window size.
     */
    public ImportView withPanel(String title, javafx.scene.Node panel) {
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(title, panel);
        pane.setId("dropFolderPane");
        pane.setExpanded(false);
        pane.setAnimated(false);
        dropArea.getChildren().add(pane);
        return this;
    }

    private void files() {
        Columns.value(fileNameColumn, ImportFile::name);
        fileFormatColumn.setCellValueFactory(c -> c.getValue().formatText());
        detectedColumn.setCellValueFactory(c -> c.getValue().detectedProperty());
        fileTable.setItems(model.files());
        TableCopy.install(fileTable);
        fileTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != null && fileTable.getSelectionModel().getSelectedItem() != now) {
                fileTable.getSelectionModel().clearAndSelect(model.files().indexOf(now));
            }
        });
        widths.remember(fileTable, "import-files");
    }

    private void preview() {
        previewNote.textProperty().bind(model.preview().noteProperty());
        model.preview().rejectedProperty().addListener((o, old, now) -> {
            previewNote.getStyleClass().remove("danger");
            if (now) {
                previewNote.getStyleClass().add("danger");
            }
        });
        Columns.value(lineColumn, PreviewRow::line);
        Columns.value(idColumn, PreviewRow::recordId);
        Columns.value(accountColumn, PreviewRow::account);
        Columns.value(callerColumn, PreviewRow::caller);
        Columns.value(targetColumn, PreviewRow::target);
        Columns.value(startColumn, PreviewRow::start);
        Columns.value(quantityColumn, PreviewRow::quantity);
        Columns.value(problemColumn, PreviewRow::problem);
        problemColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("bad-line");
                if (!empty && item != null && item.bad()) {
                    getStyleClass().add("bad-line");
                }
            }
        });
        Columns.sortedItems(previewTable, model.preview().rows());
        TableCopy.install(previewTable);
        widths.remember(previewTable, "import-preview");
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && !model.runningProperty().get()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!dropArea.getStyleClass().contains("drop-target")) {
                dropArea.getStyleClass().add("drop-target");
            }
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean files = e.getDragboard().hasFiles();
        if (files) {
            model.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        dropArea.getStyleClass().remove("drop-target");
        e.setDropCompleted(files);
        e.consume();
    }

    @FXML
    private void chooseFiles() {
        model.chooseFiles();
    }

    @FXML
    private void removeFile() {
        model.removeSelected();
    }

    @FXML
    private void startImport() {
        model.startImport();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void showExceptions() {
        model.run().showExceptions();
    }

    public Parent root() {
        return root;
    }
}
