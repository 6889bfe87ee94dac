#include "tools/language_profile.h"

#include <array>

namespace samizdat::tools {
namespace {

using Words = std::string_view;

constexpr Words kEnFunction[] = {
    "the", "of", "and", "to", "in", "a", "that", "is", "was", "for", "it", "with", "as", "on",
    "by", "not", "be", "at", "from", "this", "which", "their", "they", "but", "are", "have",
    "were", "all", "its", "our"};
constexpr Words kEnTopic[] = {
    "workers", "working class", "strike", "union", "party", "council", "wages", "capital",
    "labour", "revolution", "factory", "government", "movement", "struggle", "socialism",
    "freedom", "history", "society", "bread", "peace", "land", "war", "state", "power",
    "production", "organisation", "comrades", "press", "election", "crisis"};
constexpr Words kEnPublications[] = {"Aurora", "The Clarion", "Workers' Voice", "The Commonweal",
                                     "Revolutionary Perspectives"};
constexpr Words kEnFirst[] = {"Mary", "John", "Ada", "Thomas", "Eleanor", "William",
                              "Rose", "James", "Agnes", "Robert", "Edith", "Samuel"};
constexpr Words kEnLast[] = {"Hardie", "Lansbury", "Pankhurst", "Maclean", "Mann", "Tillett",
                             "Bondfield", "Larkin", "Connolly", "Jones", "Morrison", "Webb"};
constexpr Words kEnLeadIns[] = {"As {} put it", "Or as {} wrote", "{} reminds us that",
                                "In the words of {},"};

constexpr Words kFrFunction[] = {
    "le", "la", "les", "de", "des", "du", "et", "à", "en", "un", "une", "que", "qui", "dans",
    "pour", "pas", "sur", "est", "par", "au", "avec", "ce", "il", "ne", "se", "plus", "sont",
    "leur", "nous", "été"};
constexpr Words kFrTopic[] = {
    "travailleurs", "classe ouvrière", "grève", "syndicat", "parti", "conseil", "salaires",
    "capital", "révolution", "usine", "gouvernement", "mouvement", "lutte", "socialisme",
    "liberté", "histoire", "société", "pain", "paix", "guerre", "État", "pouvoir"};
constexpr Words kFrPublications[] = {"Le Travailleur", "La Bataille", "Révolution prolétarienne"};
constexpr Words kFrFirst[] = {"Louise", "Jean", "Marcel", "Hélène", "André", "Simone"};
constexpr Words kFrLast[] = {"Monatte", "Rosmer", "Vallès", "Michel", "Pelloutier", "Lefèvre"};
constexpr Words kFrLeadIns[] = {"Comme l'écrivait {},", "Selon {},", "{} le disait déjà :"};

constexpr Words kDeFunction[] = {
    "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für",
    "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus",
    "er", "hat", "dass", "sie", "nach"};
constexpr Words kDeTopic[] = {
    "Arbeiter", "Arbeiterklasse", "Streik", "Gewerkschaft", "Partei", "Rat", "Löhne",
    "Kapital", "Revolution", "Fabrik", "Regierung", "Bewegung", "Kampf", "Sozialismus",
    "Freiheit", "Geschichte", "Gesellschaft", "Brot", "Frieden", "Krieg", "Staat", "Macht"};
constexpr Words kDePublications[] = {"Der Funke", "Arbeiterstimme", "Die Aktion"};
constexpr Words kDeFirst[] = {"Clara", "Karl", "Otto", "Käthe", "Paul", "Mathilde"};
constexpr Words kDeLast[] = {"Rühle", "Pfemfert", "Jogiches", "Müller", "Schröder", "Weiß"};
constexpr Words kDeLeadIns[] = {"Wie {} schrieb:", "Bei {} heißt es:", "Mit {} gesagt:"};

constexpr Words kEsFunction[] = {
    "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para",
    "con", "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "o",
    "fue", "este"};
constexpr Words kEsTopic[] = {
    "trabajadores", "clase obrera", "huelga", "sindicato", "partido", "consejo", "salarios",
    "capital", "revolución", "fábrica", "gobierno", "movimiento", "lucha", "socialismo",
    "libertad", "historia", "sociedad", "pan", "paz", "guerra", "Estado", "poder"};
constexpr Words kEsPublications[] = {"El Despertar", "Tierra y Libertad", "La Voz Obrera"};
constexpr Words kEsFirst[] = {"Federica", "José", "Andreu", "Lucía", "Buenaventura", "Teresa"};
constexpr Words kEsLast[] = {"Montseny", "Peiró", "Nin", "Durruti", "Claramunt", "Muñoz"};
constexpr Words kEsLeadIns[] = {"Como escribió {},", "Según {},", "Ya lo dijo {}:"};

constexpr Words kItFunction[] = {
    "di", "e", "il", "la", "che", "a", "per", "un", "in", "è", "non", "una", "del", "le", "si",
    "con", "i", "da", "al", "della", "come", "ma", "sono", "gli", "più", "nel", "anche", "dei",
    "alla", "questo"};
constexpr Words kItTopic[] = {
    "lavoratori", "classe operaia", "sciopero", "sindacato", "partito", "consiglio", "salari",
    "capitale", "rivoluzione", "fabbrica", "governo", "movimento", "lotta", "socialismo",
    "libertà", "storia", "società", "pane", "pace", "guerra", "Stato", "potere"};
constexpr Words kItPublications[] = {"Il Lavoratore", "Battaglia", "Prometeo"};
constexpr Words kItFirst[] = {"Anna", "Amadeo", "Onorato", "Giulia", "Bruno", "Lucia"};
constexpr Words kItLast[] = {"Kuliscioff", "Damen", "Bordiga", "Maffi", "Fortichiari", "Rossi"};
constexpr Words kItLeadIns[] = {"Come scrisse {},", "Secondo {},", "Lo diceva già {}:"};

constexpr Words kRuFunction[] = {
    "и", "в", "не", "на", "что", "с", "он", "как", "это", "по", "но", "к", "из", "у", "за",
    "от", "о", "так", "для", "же", "все", "она", "был", "мы", "они", "было", "его", "только",
    "бы", "их"};
constexpr Words kRuTopic[] = {
    "рабочие", "рабочий класс", "забастовка", "профсоюз", "партия", "совет", "зарплата",
    "капитал", "революция", "завод", "правительство", "движение", "борьба", "социализм",
    "свобода", "история", "общество", "хлеб", "мир", "война", "государство", "власть"};
constexpr Words kRuPublications[] = {"Рабочая мысль", "Искра", "Пролетарий"};
constexpr Words kRuFirst[] = {"Александра", "Николай", "Мария", "Григорий", "Вера", "Юлий"};
constexpr Words kRuLast[] = {"Коллонтай", "Мясников", "Спиридонова", "Шляпников", "Засулич",
                             "Мартов"};
constexpr Words kRuLeadIns[] = {"Как писал {}:", "{} говорил:", "Ещё {} предупреждал:"};

constexpr std::array kProfiles = {
    LanguageProfile{"en", false, kEnFunction, kEnTopic, kEnPublications, kEnFirst, kEnLast,
                    kEnLeadIns, "“", "”", "vol.", "p."},
    LanguageProfile{"fr", false, kFrFunction, kFrTopic, kFrPublications, kFrFirst, kFrLast,
                    kFrLeadIns, "«", "»", "t.", "p."},
    LanguageProfile{"de", false, kDeFunction, kDeTopic, kDePublications, kDeFirst, kDeLast,
                    kDeLeadIns, "«", "»", "Bd.", "S."},
    LanguageProfile{"es", false, kEsFunction, kEsTopic, kEsPublications, kEsFirst, kEsLast,
                    kEsLeadIns, "«", "»", "vol.", "p."},
    LanguageProfile{"it", false, kItFunction, kItTopic, kItPublications, kItFirst, kItLast,
                    kItLeadIns, "«", "»", "vol.", "p."},
    LanguageProfile{"ru", true, kRuFunction, kRuTopic, kRuPublications, kRuFirst, kRuLast,
                    kRuLeadIns, "«", "»", "т.", "с."},
};

}  // namespace

const LanguageProfile& language_profile(std::string_view code) {
  for (const auto& profile : kProfiles) {
    if (profile.code == code) return profile;
  }
  return kProfiles[0];
}

const LanguageProfile& pick_language(DeterministicRandom& random) {
  // Draw 0-24: 0-19 English (80%), then one value each for the other five.
  const auto draw = random.below(25);
  return draw < 20 ? kProfiles[0] : kProfiles[draw - 19];
}

}  // namespace samizdat::tools
