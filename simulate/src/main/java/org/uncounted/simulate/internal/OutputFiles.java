package org.uncounted.simulate.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The files of one simulation run, written chunk by chunk (never the whole population in memory):
 * truth/ (trajectories, persons, record → person, capture histories), linkage/ (records.csv, the
 * flat file `uncounted link` reads, and truth.csv) and organisations/ (one case file per list).
 */
public final class OutputFiles implements AutoCloseable {
    public static final String RECORDS_HEADER =
            "record_id,source,name,surname,given_name,birth_year,age,age_at,sex,origin,place,"
                    + "crossing_date,first_sale_date,exploitation_type,exploitation_start,exploitation_end,"
                    + "escape_date,arrest_date\n";

    private final Writer trajectories;
    private final Writer persons;
    private final Writer recordPerson;
    private final Writer linkRecords;
    private final Writer linkTruth;
    private final List<OrgSink> sinks = new ArrayList<>();
    private final List<OrgSpec> orgs;
    private final long[] seq;
    private final long[] records;

    public OutputFiles(Path out, List<OrgSpec> orgs, BiFunction<Path, OrgSpec, OrgSink> sinkFactory) {
        this.orgs = orgs;
        this.seq = new long[orgs.size()];
        this.records = new long[orgs.size()];
        try {
            Files.createDirectories(out.resolve("truth"));
            Files.createDirectories(out.resolve("linkage"));
            Files.createDirectories(out.resolve("organisations"));
            trajectories = open(out.resolve("truth/trajectories.csv"), TruthRows.TRAJECTORY_HEADER);
            persons = open(out.resolve("truth/persons.csv"), TruthRows.PERSON_HEADER);
            recordPerson = open(out.resolve("truth/record_person.csv"), "record_id,person_id\n");
            linkRecords = open(out.resolve("linkage/records.csv"), RECORDS_HEADER);
            linkTruth = open(out.resolve("linkage/truth.csv"), "record_id,person_id\n");
            for (OrgSpec o : orgs) sinks.add(sinkFactory.apply(out.resolve("organisations/" + o.id + ".json"), o));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output in " + out, e);
        }
    }

    private static Writer open(Path p, String header) throws IOException {
        Writer w = new BufferedWriter(
                new java.io.OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
        w.write(header);
        return w;
    }

    /** Writes a chunk; chunks must arrive in order. */
    public void write(ChunkResult c) {
        try {
            trajectories.write(c.trajectories());
            persons.write(c.persons());
            StringBuilder link = new StringBuilder();
            StringBuilder truth = new StringBuilder();
            for (ObservedRecord r : c.records()) {
                int j = index(r.org());
                String id = r.org() + "-" + String.format("%07d", ++seq[j]);
                records[j]++;
                String pid = String.format("P%07d", r.personIndex() + 1);
                linkageRow(link, id, r);
                Csv.row(truth, id, pid);
                sinks.get(j).write(id, r);
            }
            linkRecords.write(link.toString());
            linkTruth.write(truth.toString());
            recordPerson.write(truth.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void linkageRow(StringBuilder sb, String id, ObservedRecord r) {
        RecordedName n = r.name();
        Csv.row(
                sb,
                id,
                r.org(),
                n.full(),
                n.surname(),
                n.given(),
                r.birthYear(),
                r.age(),
                r.age() == null ? "" : r.recordDate().text(),
                "F",
                r.origin() == null ? "" : r.origin().text(),
                r.place() == null ? "" : r.place().text(),
                date(first(r, EventType.CROSSING)),
                date(first(r, EventType.SALE)),
                exploitationType(first(r, EventType.EXPLOITATION)),
                date(first(r, EventType.EXPLOITATION)),
                end(first(r, EventType.EXPLOITATION)),
                date(first(r, EventType.ESCAPE)),
                date(first(r, EventType.ARREST)));
    }

    /*
     * Trajectory columns: the record's own noisy dates and types (as its case file gives them), so
     * that records of one woman can be linked by the path she took even when their names differ.
     * Each is the first such event the organisation learned of (a repatriation list knows only the
     * arrest that led to the repatriation it lists).
     */
    private static ObservedEvent first(ObservedRecord r, EventType... types) {
        for (ObservedEvent e : r.events()) for (EventType t : types) if (e.type() == t) return e;
        return null;
    }

    private static String date(ObservedEvent e) {
        return e == null || e.date() == null ? "" : e.date().text();
    }

    private static String end(ObservedEvent e) {
        return e == null || e.end() == null ? "" : e.end().text();
    }

    private static String exploitationType(ObservedEvent e) {
        return e == null || e.exploitation() == null ? "" : e.exploitation();
    }

    private int index(String org) {
        for (int i = 0; i < orgs.size(); i++) if (orgs.get(i).id.equals(org)) return i;
        throw new IllegalStateException("unknown organisation " + org);
    }

    /** Records written per organisation. */
    public long[] records() {
        return records.clone();
    }

    @Override
    public void close() {
        IOException failure = null;
        for (Writer w : new Writer[] {trajectories, persons, recordPerson, linkRecords, linkTruth}) {
            try {
                w.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        for (OrgSink s : sinks) s.close();
        if (failure != null) throw new UncheckedIOException(failure);
    }
}
