// @brief The archive schema: every term prefix, value slot, stored field and
// metadata key that samizdat-index writes and the searcher reads. Nothing
// else spells a prefix or a slot number.
#ifndef SAMIZDAT_CORPUS_SCHEMA_H_
#define SAMIZDAT_CORPUS_SCHEMA_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace samizdat::corpus::schema {

// Version of this layout; the archive stores it under kMetaSchemaVersion and
// a reader refuses any other.
inline constexpr int kSchemaVersion = 1;

// ---- Term prefixes (Omega's conventions where one exists) ----
// Boolean terms hold the value case-folded by fold_term_value().
inline constexpr std::string_view kPrefixId = "Q";           // Q<document id>
inline constexpr std::string_view kPrefixTitle = "S";        // free text: title words
inline constexpr std::string_view kPrefixAuthorText = "A";   // free text: author words
inline constexpr std::string_view kPrefixDate = "D";         // D<YYYYMMDD> (day precision only)
inline constexpr std::string_view kPrefixMonth = "M";        // M<YYYYMM> (month or day precision)
inline constexpr std::string_view kPrefixYear = "Y";         // Y<YYYY>
inline constexpr std::string_view kPrefixLanguage = "L";     // L<iso code>
inline constexpr std::string_view kPrefixTag = "K";          // K<folded tag>
inline constexpr std::string_view kPrefixType = "XTYPE";     // XTYPE<article|comment|quotation>
inline constexpr std::string_view kPrefixPublication = "XPUB";  // XPUB<folded publication>
inline constexpr std::string_view kPrefixAuthor = "XAUTHOR";    // XAUTHOR<folded full name>
inline constexpr std::string_view kPrefixSource = "XSOURCE";    // XSOURCE<folded source>
inline constexpr std::string_view kPrefixSourceText = "XS";     // free text: citation words
inline constexpr std::string_view kPrefixParent = "XPARENT";    // XPARENT<parent id>
inline constexpr std::string_view kPrefixDecade = "XDECADE";    // XDECADE<1910s>
inline constexpr std::string_view kPrefixFile = "XFILE";        // XFILE<relative path>: every doc of a file
// "XCLUSTER" is retired: archives written before 2026-11-28 carry XCLUSTER<cluster id> on
// quotations, which nothing reads; a quotation's cluster is its kSlotCluster value alone.
// Extra facet "party" gets boolean terms "XF" + "PARTY" + ":" + folded value.
[[nodiscard]] std::string extra_facet_prefix(std::string_view facet);

// ---- Value slots ----
inline constexpr Xapian::valueno kSlotDateFirst = 0;  // YYYYMMDD, first day the date covers
inline constexpr Xapian::valueno kSlotDateLast = 1;   // YYYYMMDD, last day the date covers
inline constexpr Xapian::valueno kSlotYear = 2;       // YYYY
inline constexpr Xapian::valueno kSlotDecade = 3;     // "1910s"
inline constexpr Xapian::valueno kSlotType = 4;       // article|comment|quotation
inline constexpr Xapian::valueno kSlotPublication = 5;  // as written
inline constexpr Xapian::valueno kSlotAuthor = 6;     // multi: names joined by kMultiValueSeparator
inline constexpr Xapian::valueno kSlotLanguage = 7;   // iso code
inline constexpr Xapian::valueno kSlotSource = 8;     // normalised citation source
inline constexpr Xapian::valueno kSlotTag = 9;        // multi: tags joined by kMultiValueSeparator
inline constexpr Xapian::valueno kSlotFileSignature = 10;  // articles only: "size:mtime_ns:hash"
inline constexpr Xapian::valueno kSlotCluster = 11;   // quotations only: quotation cluster id
inline constexpr Xapian::valueno kSlotTextSizes = 12;  // "RAW:COMPRESSED" bytes of the stored text
// Decimal number (kMetaRun) of the samizdat-index run that last wrote the
// document; absent in documents written before the run numbers were added.
inline constexpr Xapian::valueno kSlotWrittenRun = 13;
inline constexpr Xapian::valueno kSlotFirstExtraFacet = 20;  // extra facet i is slot 20 + i
// The slots a facet counts: year, decade, type, publication, author,
// language, source, tag and cluster, then one per extra facet of the
// archive's config.
[[nodiscard]] std::vector<Xapian::valueno> facet_slots(std::size_t extra_facets);

// Several values in one slot: each is counted on its own by the searcher.
inline constexpr char kMultiValueSeparator = '\x1f';

// ---- Stored fields: keys of the MessagePack object in document data ----
inline constexpr std::string_view kFieldId = "id";
inline constexpr std::string_view kFieldType = "type";
inline constexpr std::string_view kFieldTitle = "title";
inline constexpr std::string_view kFieldAuthors = "authors";    // array of strings
inline constexpr std::string_view kFieldDate = "date";          // ISO, to its precision
inline constexpr std::string_view kFieldPublication = "publication";
inline constexpr std::string_view kFieldLanguage = "language";
inline constexpr std::string_view kFieldTags = "tags";          // array of strings
inline constexpr std::string_view kFieldUrl = "url";
inline constexpr std::string_view kFieldSections = "sections";  // array of [heading, offset]
inline constexpr std::string_view kFieldParent = "parent";
inline constexpr std::string_view kFieldSource = "source";      // citation as written
inline constexpr std::string_view kFieldPath = "path";
inline constexpr std::string_view kFieldExtra = "extra";        // object of strings
inline constexpr std::string_view kFieldText = "z";             // binary: zstd-compressed text
inline constexpr std::string_view kFieldDictionary = "zd";      // dictionary id (0 = none)
inline constexpr std::string_view kFieldTextSize = "n";         // raw text bytes

// ---- Files of an archive folder besides Xapian's ----
// The facet table (corpus/facet_table.h), rewritten after each indexing run.
inline constexpr std::string_view kFacetTableFile = "samizdat-facets";

// ---- Metadata keys ----
inline constexpr std::string_view kMetaSchemaVersion = "samizdat.schema";    // decimal
inline constexpr std::string_view kMetaConfig = "samizdat.config";           // INI text
inline constexpr std::string_view kMetaDictionaryPrefix = "samizdat.zdict.";  // + id: ZDICT bytes
// The metadata key of dictionary `id`: kMetaDictionaryPrefix + id.
[[nodiscard]] std::string dictionary_key(std::uint32_t id);
inline constexpr std::string_view kMetaDictionaryCurrent = "samizdat.zdict";  // id used for new docs
// The QuotationClusterer state carried between indexing runs: the number N
// of chunks, each QuotationClusterer::serialise() chunk under this key + "."
// + 0..N-1. Archives written before version 2 of the state hold it whole
// here (a JSON object).
inline constexpr std::string_view kMetaQuotationClusters = "samizdat.qclusters";
// "1" from the commit that saves kMetaQuotationClusters until every
// quotation carries the cluster it names; absent otherwise.
inline constexpr std::string_view kMetaQuotationTagsPending = "samizdat.qtags-pending";
// "1" while words of committed documents wait, in the indexer's memory, to
// be added to the spelling dictionary; absent otherwise.
inline constexpr std::string_view kMetaSpellingPending = "samizdat.spelling-pending";
// + cluster id: JSON {"id", "canonical_text", "quoted_in", "first_year",
// "last_year", "sources"} of one quotation cluster.
inline constexpr std::string_view kMetaClusterPrefix = "samizdat.cluster.";
// Hash (hex) of the synonyms file and languages the synonym table was built
// from; empty when the archive has no synonyms.
inline constexpr std::string_view kMetaSynonyms = "samizdat.synonyms";

// Decimal number of the latest samizdat-index run that wrote the archive
// (1 for the first); each run writes its number into kSlotWrittenRun of the
// documents it adds or changes.
inline constexpr std::string_view kMetaRun = "samizdat.run";
// The run number held by kMetaRun or kSlotWrittenRun; 0 when the value is
// absent (written before runs were numbered) or not a number.
[[nodiscard]] unsigned parse_run(std::string_view value);
// In each shard of `samizdat-index --shards N`: "UUID N RUN", the archive
// (its uuid), shard count and run the shard was last brought up to date with.
inline constexpr std::string_view kMetaShardsSynced = "samizdat.shards-synced";

// Weight of title words against body words.
inline constexpr Xapian::termcount kTitleWeight = 5;

// Case-folds a boolean term value (publication, author, tag, source, facet
// values) the same way on both sides: NFKC casefold with ICU, whitespace
// runs to one space, trimmed, cut to fit Xapian's term length limit.
[[nodiscard]] std::string fold_term_value(std::string_view value);

}  // namespace samizdat::corpus::schema

#endif  // SAMIZDAT_CORPUS_SCHEMA_H_
