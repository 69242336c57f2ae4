package org.uncounted.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link BudgetLedger} in an append-only tab-separated file, one entry per line, flushed to disk
 * before a charge returns. Check-and-append runs under an exclusive file lock, so several
 * processes sharing the file cannot overspend. The file holds ids and numbers only. Tampering is
 * not detected here: the store's implementation writes to the signed audit log instead.
 */
public final class FileBudgetLedger implements BudgetLedger {
    private static final String HEADER =
            "# uncounted privacy ledger v1: dataset release mechanism tables epsilon delta at";
    /** One monitor per file in this JVM: file locks guard other processes, not other threads. */
    private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object monitor;

    public FileBudgetLedger(Path file) {
        this.file = file;
        this.monitor = MONITORS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object());
    }

    @Override
    public List<LedgerEntry> entries(String datasetId) {
        synchronized (monitor) {
            try (FileChannel ch = open();
                    FileLock lock = ch.lock()) {
                return read(ch, datasetId);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read privacy ledger " + file.getFileName(), e);
            }
        }
    }

    @Override
    public boolean tryCharge(LedgerEntry entry, BigDecimal lifetimeCap) {
        synchronized (monitor) {
            return charge(entry, lifetimeCap);
        }
    }

    private boolean charge(LedgerEntry entry, BigDecimal lifetimeCap) {
        try (FileChannel ch = open();
                FileLock lock = ch.lock()) {
            BigDecimal spent = read(ch, entry.datasetId()).stream()
                    .map(LedgerEntry::epsilon)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (spent.add(entry.epsilon()).compareTo(lifetimeCap) > 0) {
                return false;
            }
            StringBuilder line = new StringBuilder();
            if (ch.size() == 0) {
                line.append(HEADER).append('\n');
            }
            line.append(String.join(
                            "\t",
                            entry.datasetId(),
                            entry.releaseId(),
                            entry.mechanism(),
                            Integer.toString(entry.tables()),
                            entry.epsilon().toPlainString(),
                            entry.delta().toPlainString(),
                            entry.at().toString()))
                    .append('\n');
            ch.position(ch.size());
            ch.write(ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write privacy ledger " + file.getFileName(), e);
        }
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private List<LedgerEntry> read(FileChannel ch, String datasetId) throws IOException {
        ch.position(0);
        String text = new String(Channels.newInputStream(ch).readAllBytes(), StandardCharsets.UTF_8);
        List<LedgerEntry> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 7) {
                throw new InvalidTableException("privacy ledger " + file.getFileName() + " line " + lineNo + ": "
                        + f.length + " fields, expected 7");
            }
            if (f[0].equals(datasetId)) {
                out.add(new LedgerEntry(
                        f[0],
                        f[1],
                        f[2],
                        Integer.parseInt(f[3]),
                        new BigDecimal(f[4]),
                        new BigDecimal(f[5]),
                        Instant.parse(f[6])));
            }
        }
        return out;
    }
}
