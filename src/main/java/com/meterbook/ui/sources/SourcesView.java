package com.meterbook.ui.sources;

import com.meterbook.ui.common.ColumnWidths;
import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.TableCopy;
import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Binds Sources.fxml to its view model. */
public final class SourcesView {

    private final SourcesViewModel model;
    private final ColumnWidths widths;
    private final Parent root;
    private String selectedName;

    @FXML private TableView<SourceLine> table;
    @FXML private TableColumn<SourceLine, String> nameColumn;
    @FXML private TableColumn<SourceLine, String> addressColumn;
    @FXML private TableColumn<SourceLine, String> folderColumn;
    @FXML private TableColumn<SourceLine, Integer> everyColumn;
    @FXML private TableColumn<SourceLine, String> lastPullColumn;
    @FXML private TableColumn<SourceLine, String> lastSuccessColumn;
    @FXML private TableColumn<SourceLine, Integer> fetchedColumn;
    @FXML private TableColumn<SourceLine, String> statusColumn;
    @FXML private Button pullButton;
    @FXML private Label messageLabel;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private javafx.scene.layout.VBox formBox;
    @FXML private Label nameLabel;
    @FXML private Label hostLabel;
    @FXML private Label portLabel;
    @FXML private Label userLabel;
    @FXML private Label passwordLabel;
    @FXML private Label folderLabel;
    @FXML private Label patternLabel;
    @FXML private Label everyLabel;
    @FXML private javafx.scene.control.TextField nameField;
    @FXML private javafx.scene.control.TextField hostField;
    @FXML private javafx.scene.control.TextField portField;
    @FXML private javafx.scene.control.TextField userField;
    @FXML private javafx.scene.control.PasswordField passwordField;
    @FXML private javafx.scene.control.CheckBox useKeyBox;
    @FXML private javafx.scene.control.TextField keyField;
    @FXML private Button keyButton;
    @FXML private javafx.scene.control.TextField folderField;
    @FXML private javafx.scene.control.TextField patternField;
    @FXML private javafx.scene.control.TextField everyField;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private Label problemLabel;

    public SourcesView(SourcesViewModel model, ColumnWidths widths) {
        this.model = model;
        this.widths = widths;
        this.root = Fxml.load(this, "Sources.fxml");
    }

    @FXML
    private void initialize() {
        Columns.value(nameColumn, SourceLine::name);
        Columns.value(addressColumn, SourceLine::address);
        Columns.value(folderColumn, SourceLine::folder);
        Columns.value(everyColumn, SourceLine::everyMinutes);
        everyColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item + " min");
            }
        });
        Columns.value(lastPullColumn, SourceLine::lastPull);
        Columns.value(lastSuccessColumn, SourceLine::lastSuccess);
        Columns.value(fetchedColumn, SourceLine::lastFetched);
        Columns.value(statusColumn, SourceLine::status);
        statusColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        Columns.sortedItems(table, model.rows());
        TableCopy.install(table);
        widths.remember(table, "sources-table");
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SourceLine item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failing"), !empty && item != null && item.failing());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            model.selectedProperty().set(now);
            if (now != null) {
                selectedName = now.name();
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<SourceLine>) c -> reselect());
        pullButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        pullButton.setOnAction(e -> model.pullNow());
        messageLabel.textProperty().bind(model.messageProperty());
        form();
    }

    /** The new-source form below the table, shown by Add SFTP source…; Save waits until every field is right. */
    private void form() {
        SftpSourceForm f = model.form();
        formBox.visibleProperty().bind(model.addingProperty());
        formBox.managedProperty().bind(formBox.visibleProperty());
        addButton.setOnAction(e -> {
            model.startAdding();
            nameField.requestFocus();
        });
        addButton.disableProperty().bind(model.addingProperty());
        removeButton.setOnAction(e -> model.removeSelected());
        removeButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        nameField.textProperty().bindBidirectional(f.nameProperty());
        hostField.textProperty().bindBidirectional(f.hostProperty());
        portField.textProperty().bindBidirectional(f.portProperty());
        userField.textProperty().bindBidirectional(f.userProperty());
        passwordField.textProperty().bindBidirectional(f.passwordProperty());
        useKeyBox.selectedProperty().bindBidirectional(f.useKeyProperty());
        keyField.textProperty().bindBidirectional(f.keyFileProperty());
        folderField.textProperty().bindBidirectional(f.folderProperty());
        patternField.textProperty().bindBidirectional(f.patternProperty());
        everyField.textProperty().bindBidirectional(f.everyProperty());
        passwordField.disableProperty().bind(f.useKeyProperty());
        keyField.disableProperty().bind(f.useKeyProperty().not());
        keyButton.setOnAction(e -> model.chooseKeyFile());
        nameLabel.setLabelFor(nameField);
        hostLabel.setLabelFor(hostField);
        portLabel.setLabelFor(portField);
        userLabel.setLabelFor(userField);
        passwordLabel.setLabelFor(passwordField);
        folderLabel.setLabelFor(folderField);
        patternLabel.setLabelFor(patternField);
        everyLabel.setLabelFor(everyField);
        problemLabel.textProperty().bind(f.problemProperty());
        saveButton.disableProperty().bind(f.problemProperty().isNotEmpty().or(model.busyProperty()));
        saveButton.setOnAction(e -> model.saveNew());
        cancelButton.setOnAction(e -> model.cancelAdding());
    }

    /** Keeps the same source selected when the rows are reloaded. */
    private void reselect() {
        if (selectedName != null) {
            table.getItems().stream().filter(l -> l.name().equals(selectedName)).findFirst()
                    .ifPresent(l -> table.getSelectionModel().select(l));
        }
    }

    public Parent root() {
        return root;
    }
}
