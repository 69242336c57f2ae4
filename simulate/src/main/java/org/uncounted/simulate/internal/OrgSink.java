package org.uncounted.simulate.internal;

/** Receives one organisation's records, in order, and writes its file. */
public interface OrgSink extends AutoCloseable {
    void write(String recordId, ObservedRecord r);

    @Override
    void close();
}
