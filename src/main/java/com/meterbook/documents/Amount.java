package com.meterbook.documents;

import java.math.BigDecimal;

/** A labelled figure of a document: a recurring charge, a destination class's usage. */
public record Amount(String label, BigDecimal amount) {
}
