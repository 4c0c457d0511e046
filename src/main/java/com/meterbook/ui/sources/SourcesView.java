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
