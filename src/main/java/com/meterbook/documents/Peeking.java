package com.meterbook.documents;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/** An iterator that can look at its next element without taking it. */
final class Peeking<T> implements Iterator<T> {

    private final Iterator<T> source;
    private T next;

    Peeking(Iterator<T> source) {
        this.source = source;
    }

    @Override
    public boolean hasNext() {
        return next != null || source.hasNext();
    }

    @Override
    public T next() {
        if (next != null) {
            T n = next;
            next = null;
            return n;
        }
        if (!source.hasNext()) {
            throw new NoSuchElementException();
        }
        return source.next();
    }

    Optional<T> peek() {
        if (next == null && source.hasNext()) {
            next = source.next();
        }
        return Optional.ofNullable(next);
    }
}
