package com.meterbook.ui.shell;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Keys for the navigation: Ctrl+1 to Ctrl+9 and Ctrl+0 open the first ten pages in the order they are
 * listed, Ctrl+Page Down and Ctrl+Page Up step to the next and previous page (as in a browser's tabs).
 * Alt+letter mnemonics belong to the page on show, so a page's "_Reason" never competes with a
 * navigation button.
 */
final class NavigationKeys {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0};

    private NavigationKeys() {
    }

    static void install(Parent root, Map<Page, ToggleButton> buttons, ShellViewModel model) {
        List<Page> order = Arrays.stream(Page.values()).filter(buttons::containsKey).toList();
        for (int i = 0; i < order.size(); i++) {
            ToggleButton button = buttons.get(order.get(i));
            String key = i < DIGITS.length ? "Ctrl+" + DIGITS[i].getName() + "; " : "";
            button.setTooltip(new Tooltip(key + "Ctrl+Page Down / Page Up: next / previous page"));
        }
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                bind(scene, order, buttons, model);
            }
        });
        if (root.getScene() != null) {
            bind(root.getScene(), order, buttons, model);
        }
    }

    private static void bind(Scene scene, List<Page> order, Map<Page, ToggleButton> buttons, ShellViewModel model) {
        for (int i = 0; i < order.size() && i < DIGITS.length; i++) {
            ToggleButton button = buttons.get(order.get(i));
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN), () -> open(button));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN),
                () -> open(buttons.get(step(order, model.pageProperty().get(), 1))));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN),
                () -> open(buttons.get(step(order, model.pageProperty().get(), -1))));
    }

    /** The page {@code by} places from {@code current} in the navigation's order, wrapping around. */
    static Page step(List<Page> order, Page current, int by) {
        int at = order.indexOf(current);
        if (at < 0) {
            return by > 0 ? order.getFirst() : order.getLast();
        }
        return order.get(Math.floorMod(at + by, order.size()));
    }

    private static void open(ToggleButton button) {
        if (!button.isDisabled()) {
            button.fire();
        }
    }
}
