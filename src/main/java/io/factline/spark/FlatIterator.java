package io.factline.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The items of each input in turn, an input opened only when the items before it are taken. */
final class FlatIterator<I, T> implements Iterator<T> {
    private final Iterator<I> inputs;
    private final Function<I, Iterator<T>> expand;
    private Iterator<T> current = Collections.emptyIterator();

    FlatIterator(Iterator<I> inputs, Function<I, Iterator<T>> expand) {
        this.inputs = inputs;
        this.expand = expand;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && inputs.hasNext()) {
            current = expand.apply(inputs.next());
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }
}
