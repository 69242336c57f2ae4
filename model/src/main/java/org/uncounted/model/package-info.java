/**
 * The Uncounted domain model: cases, the people and events in them, and the values they are made
 * of. JDK only; every type is immutable and validates in its constructor, throwing {@link
 * org.uncounted.model.InvalidCaseException} (field, value, rule; never the content of a sensitive
 * field) or a vocabulary/place/rate exception named for what failed.
 *
 * <h2>Public API overview</h2>
 *
 * <ul>
 *   <li>{@link org.uncounted.model.Case} — one record from one source: {@link
 *       org.uncounted.model.Person}s, {@link org.uncounted.model.event.Event}s, {@link
 *       org.uncounted.model.Consent}, narrative. {@link org.uncounted.model.Source} describes the
 *       source (organisation, interview, reliability).
 *   <li>{@link org.uncounted.model.SensitiveText} — identifying text that prints as {@code
 *       [redacted, N chars]}; read it with {@code text.reveal(SensitiveText.Access.grantedTo("why"))}.
 *   <li>{@code org.uncounted.model.event} — the sealed {@link org.uncounted.model.event.Event}
 *       hierarchy (recruitment, border crossing, sale, resale, exploitation spell, escape, arrest,
 *       repatriation, onward transit, arrival). Every event carries an {@link
 *       org.uncounted.model.event.EventCore}: id, imprecise date, place, involvements, and the
 *       source that asserted it with its reliability — events are assertions, not facts.
 *   <li>{@code org.uncounted.model.time} — {@link org.uncounted.model.time.ImpreciseDate}
 *       (EDTF-like: {@code 2015}, {@code 2015-03}, {@code 2015-21}, {@code 2010s}, {@code
 *       2015/2017}) and {@link org.uncounted.model.time.Age} (exact or band, Korean reckoning,
 *       birth-year intervals).
 *   <li>{@code org.uncounted.model.place} — {@link org.uncounted.model.place.Gazetteer#standard()}:
 *       DPRK, Chinese and transit places with Hangul, Hanja/Hanzi, pinyin, RR, MR, English names
 *       and ISO/GB codes; lookup by any name form, coarsening, distances.
 *   <li>{@code org.uncounted.model.money} — {@link org.uncounted.model.money.Money} and {@link
 *       org.uncounted.model.money.MoneyConverter#standard()} over shipped yearly exchange-rate and
 *       CPI tables (with sources).
 *   <li>{@code org.uncounted.model.vocab} — controlled vocabularies following HTCDS, CTDC and
 *       HURIDOCS ESF; every value has a stable {@code code()} used in files, and {@code
 *       fromCode(String)} throws {@link org.uncounted.model.vocab.UnknownVocabularyValueException}
 *       listing the allowed codes.
 * </ul>
 */
package org.uncounted.model;
