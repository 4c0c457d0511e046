package com.meterbook.rating;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * One owner's rate versions by destination prefix, as a trie over the prefix's characters: the
 * prefixes of a number that have rows are found in one walk along it, longest last, without cutting
 * a substring per length (a million look-ups over thousands of prefixes made those substrings a third
 * of the rating time).
 */
final class PrefixTrie {

    /** A prefix of the walk and its versions; {@code versions} is null where no row has this prefix. */
    static final class Node {
        final String prefix;
        NavigableMap<LocalDate, RateVersion> versions;
        private final Node[] digits = new Node[10];
        private Map<Character, Node> others;

        private Node(String prefix) {
            this.prefix = prefix;
        }

        Node child(char c) {
            if (c >= '0' && c <= '9') {
                return digits[c - '0'];
            }
            return others == null ? null : others.get(c);
        }

        private Node childOrNew(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            Node created = new Node(prefix + c);
            if (c >= '0' && c <= '9') {
                digits[c - '0'] = created;
            } else {
                if (others == null) {
                    others = new HashMap<>();
                }
                others.put(c, created);
            }
            return created;
        }
    }

    private final Node root = new Node("");

    PrefixTrie(Map<String, NavigableMap<LocalDate, RateVersion>> byPrefix) {
        byPrefix.forEach((prefix, versions) -> {
            Node node = root;
            for (int i = 0; i < prefix.length(); i++) {
                node = node.childOrNew(prefix.charAt(i));
            }
            node.versions = versions;
        });
    }

    /**
     * The nodes with rows along {@code target}, shortest first, into {@code into}; returns how many.
     * {@code into} must hold {@code target.length() + 1} nodes.
     */
    int prefixesOf(String target, Node[] into) {
        int found = 0;
        Node node = root;
        if (node.versions != null) {
            into[found++] = node;
        }
        for (int i = 0; i < target.length(); i++) {
            node = node.child(target.charAt(i));
            if (node == null) {
                break;
            }
            if (node.versions != null) {
                into[found++] = node;
            }
        }
        return found;
    }
}
