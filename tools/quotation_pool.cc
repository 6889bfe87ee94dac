#include "tools/quotation_pool.h"

#include <array>
#include <string>

namespace samizdat::tools {
namespace {

constexpr std::string_view kMecw = "Marx-Engels Collected Works";
constexpr std::string_view kLeninCw = "Collected Works";

// q() builds an entry cited by work only; v() adds a volume and page.
constexpr PooledQuotation q(std::string_view speaker, std::string_view text,
                            std::string_view work, int year, std::string_view part,
                            std::string_view language = "en") {
  return {speaker, text, language, work, year, part, "", "", 0, 0};
}

constexpr PooledQuotation v(PooledQuotation base, std::string_view collection,
                            std::string_view collection_short, int volume, int page) {
  base.collection = collection;
  base.collection_short = collection_short;
  base.volume = volume;
  base.page = page;
  return base;
}

constexpr std::array kPool = {
    v(q("Lenin",
        "socialism cannot be implemented by a minority, by the Party. It can be implemented "
        "only by tens of millions when they have learned to do it for themselves",
        "Speech to the Seventh Congress of the R.C.P.(B.)", 1918, ""),
      kLeninCw, "CW", 27, 135),
    v(q("Marx and Engels",
        "The history of all hitherto existing society is the history of class struggles.",
        "Manifesto of the Communist Party", 1848, "ch. I"),
      kMecw, "MECW", 6, 482),
    v(q("Marx and Engels",
        "The proletarians have nothing to lose but their chains. They have a world to win.",
        "Manifesto of the Communist Party", 1848, "ch. IV"),
      kMecw, "MECW", 6, 519),
    v(q("Marx and Engels",
        "In place of the old bourgeois society, with its classes and class antagonisms, we "
        "shall have an association, in which the free development of each is the condition "
        "for the free development of all.",
        "Manifesto of the Communist Party", 1848, "ch. II"),
      kMecw, "MECW", 6, 506),
    q("Marx",
      "The philosophers have only interpreted the world, in various ways; the point is to "
      "change it.",
      "Theses on Feuerbach", 1845, "thesis XI"),
    q("Marx",
      "Men make their own history, but they do not make it as they please; they do not make "
      "it under self-selected circumstances, but under circumstances existing already, given "
      "and transmitted from the past.",
      "The Eighteenth Brumaire of Louis Bonaparte", 1852, "ch. I"),
    q("Marx", "From each according to his ability, to each according to his needs!",
      "Critique of the Gotha Programme", 1875, "part I"),
    q("Marx",
      "the emancipation of the working classes must be conquered by the working classes "
      "themselves",
      "General Rules of the International Working Men's Association", 1864, ""),
    q("Marx",
      "the working class cannot simply lay hold of the ready-made state machinery, and wield "
      "it for its own purposes",
      "The Civil War in France", 1871, "ch. III"),
    q("Marx",
      "Capital is dead labour, that, vampire-like, only lives by sucking living labour, and "
      "lives the more, the more labour it sucks.",
      "Capital, Volume I", 1867, "ch. 10"),
    q("Marx",
      "It is not the consciousness of men that determines their being, but, on the contrary, "
      "their social being that determines their consciousness.",
      "A Contribution to the Critique of Political Economy", 1859, "Preface"),
    q("Lenin", "Without revolutionary theory there can be no revolutionary movement.",
      "What Is To Be Done?", 1902, "ch. I"),
    q("Lenin",
      "So long as the state exists there is no freedom. When there is freedom, there will be "
      "no state.",
      "The State and Revolution", 1917, "ch. V"),
    q("Luxemburg",
      "Freedom only for the supporters of the government, only for the members of one party "
      "– however numerous they may be – is no freedom at all.",
      "The Russian Revolution", 1918, "ch. 6"),
    q("Luxemburg",
      "Bourgeois society stands at the crossroads, either transition to socialism or "
      "regression into barbarism.",
      "The Junius Pamphlet", 1915, "ch. 1"),
    q("Engels",
      "The government of persons is replaced by the administration of things, and by the "
      "conduct of processes of production.",
      "Socialism: Utopian and Scientific", 1880, "part III"),
    q("Kropotkin",
      "All things are for all men, since all men have need of them, since all men have "
      "worked in the measure of their strength to produce them",
      "The Conquest of Bread", 1892, "ch. I"),
    q("William Morris", "Fellowship is life, and lack of fellowship is death",
      "A Dream of John Ball", 1888, "ch. IV"),
    q("William Morris",
      "men fight and lose the battle, and the thing that they fought for comes about in spite "
      "of their defeat",
      "A Dream of John Ball", 1888, "ch. IV"),
    q("Thomas Paine", "We have it in our power to begin the world over again.", "Common Sense",
      1776, "Appendix"),
    q("Thomas Paine", "These are the times that try men's souls.", "The American Crisis", 1776,
      "no. I"),
    q("Thomas Paine", "My country is the world, and my religion is to do good.",
      "Rights of Man", 1792, "part II, ch. V"),
    q("Abraham Lincoln",
      "Labor is prior to, and independent of, capital. Capital is only the fruit of labor, "
      "and could never have existed if labor had not first existed.",
      "Annual Message to Congress", 1861, "December 3, 1861"),
    q("Abraham Lincoln",
      "government of the people, by the people, for the people, shall not perish from the "
      "earth",
      "Gettysburg Address", 1863, ""),
    q("Frederick Douglass", "If there is no struggle there is no progress.",
      "West India Emancipation", 1857, ""),
    q("Frederick Douglass",
      "Power concedes nothing without a demand. It never did and it never will.",
      "West India Emancipation", 1857, ""),
    q("Eugene V. Debs",
      "while there is a lower class, I am in it, and while there is a criminal element I am "
      "of it, and while there is a soul in prison, I am not free",
      "Statement to the Court", 1918, ""),
    v(q("Marx und Engels",
        "Die Geschichte aller bisherigen Gesellschaft ist die Geschichte von Klassenkämpfen.",
        "Manifest der Kommunistischen Partei", 1848, "Kap. I", "de"),
      "Marx-Engels-Werke", "MEW", 4, 462),
    q("Marx",
      "Die Philosophen haben die Welt nur verschieden interpretiert; es kommt aber darauf an, "
      "sie zu verändern.",
      "Thesen über Feuerbach", 1845, "These 11", "de"),
    q("Marx et Engels",
      "L'histoire de toute société jusqu'à nos jours n'a été que l'histoire de luttes de "
      "classes.",
      "Manifeste du Parti communiste", 1848, "chap. I", "fr"),
    q("Marx y Engels",
      "La historia de todas las sociedades hasta nuestros días es la historia de las luchas "
      "de clases.",
      "Manifiesto del Partido Comunista", 1848, "cap. I", "es"),
    q("Gramsci",
      "Istruitevi, perché avremo bisogno di tutta la nostra intelligenza. Agitatevi, perché "
      "avremo bisogno di tutto il nostro entusiasmo.",
      "L'Ordine Nuovo", 1919, "1° maggio 1919", "it"),
    v(q("Ленин", "Коммунизм — это есть Советская власть плюс электрификация всей страны.",
        "Доклад на VIII съезде Советов", 1920, "", "ru"),
      "Полное собрание сочинений", "ПСС", 42, 159),
};

// A uniformly drawn entry in `language` (which must have one); the pool is
// small, so two linear scans per pick stay cheap.
[[nodiscard]] const PooledQuotation& pick_in_language(DeterministicRandom& random,
                                                      std::string_view language) {
  std::size_t count = 0;
  for (const auto& entry : kPool) count += entry.language == language;
  auto chosen = random.below(count);
  for (const auto& entry : kPool) {
    if (entry.language == language && chosen-- == 0) return entry;
  }
  return kPool[0];
}

[[nodiscard]] std::string cite_by_volume(int style, const PooledQuotation& quotation,
                                         const LanguageProfile& profile) {
  const auto volume = std::to_string(quotation.volume);
  const auto page = std::to_string(quotation.page);
  const std::string short_name(quotation.collection_short);
  switch (style) {
    case 0:  // CW 27 p.135
      return short_name + " " + volume + " " + std::string(profile.page_word) + page;
    case 1:  // Collected Works, vol. 27, p. 135
      return std::string(quotation.collection) + ", " + std::string(profile.volume_word) + " " +
             volume + ", " + std::string(profile.page_word) + " " + page;
    default:  // Lenin, CW 27, 135
      return std::string(quotation.speaker) + ", " + short_name + " " + volume + ", " + page;
  }
}

[[nodiscard]] std::string cite_by_work(int style, const PooledQuotation& quotation) {
  const std::string work(quotation.work);
  switch (style) {
    case 0:
      return work + ", " + std::to_string(quotation.year);
    case 1:
      return std::string(quotation.speaker) + ", " + work;
    case 2:
      return std::string(quotation.speaker) + ", " + std::to_string(quotation.year);
    default:
      return quotation.part.empty() ? work : work + ", " + std::string(quotation.part);
  }
}

}  // namespace

const PooledQuotation& pick_quotation(DeterministicRandom& random, std::string_view language) {
  if (language != "en" && random.chance(0.6)) return pick_in_language(random, language);
  return pick_in_language(random, "en");
}

std::string cite(DeterministicRandom& random, const PooledQuotation& quotation,
                 const LanguageProfile& profile) {
  if (quotation.volume != 0 && random.chance(0.5)) {
    return cite_by_volume(random.between(0, 2), quotation, profile);
  }
  return cite_by_work(random.between(0, 3), quotation);
}

void append_quotation(DeterministicRandom& random, const LanguageProfile& profile,
                      std::string& out) {
  const auto& quotation = pick_quotation(random, profile.code);
  const auto lead_in = pick(random, profile.quote_lead_ins);
  const auto hole = lead_in.find("{}");
  out += lead_in.substr(0, hole);
  out += quotation.speaker;
  out += lead_in.substr(hole + 2);
  out += ' ';
  out += profile.open_quote;
  out += quotation.text;
  out += profile.close_quote;
  out += " (";
  out += cite(random, quotation, profile);
  out += ").";
}

}  // namespace samizdat::tools
