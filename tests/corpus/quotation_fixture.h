// @brief A fixture written for the clustering tests: real public-domain
// passages quoted in many ways across documents, with the known answer.
#ifndef SAMIZDAT_TESTS_CORPUS_QUOTATION_FIXTURE_H_
#define SAMIZDAT_TESTS_CORPUS_QUOTATION_FIXTURE_H_

#include <string_view>

namespace samizdat::corpus::testing {

// One quotation as a document holds it, and the passage it really quotes.
// Quotations of one passage come verbatim, trimmed, with ellipses, with
// straight or curly quote marks, changed punctuation, another translation's
// words, and cited in different styles. Passages marked "near miss" share
// words, a phrase or a work with another passage and must stay apart.
struct FixtureQuotation {
  std::string_view doc_id;
  std::string_view passage;  // the known answer
  std::string_view text;
  std::string_view citation;
  int year;
  std::string_view publication;
};

inline constexpr FixtureQuotation kFixtureQuotations[] = {
    // Marx, Theses on Feuerbach, XI (two translations).
    {"1921/a#q1", "feuerbach-11",
     "The philosophers have only interpreted the world, in various ways; the point is to change "
     "it.",
     "Marx, Theses on Feuerbach", 1921, "The Communist"},
    {"1968/b#q1", "feuerbach-11",
     "“Philosophers have hitherto only interpreted the world in various ways; the point, however, "
     "is to change it.”",
     "MECW 5, p. 8", 1968, "Black Dwarf"},
    {"1975/c#q2", "feuerbach-11", "\"the point is to change it\"", "Theses on Feuerbach XI", 1975,
     "Socialist Worker"},
    {"2003/d#q1", "feuerbach-11",
     "The philosophers have only interpreted the world in various ways – the point is to change "
     "it!",
     "Marx-Engels Collected Works, Volume 5, page 8", 2003, "Weekly Worker"},

    // Manifesto, the opening.
    {"1919/e#q1", "manifesto-spectre",
     "A spectre is haunting Europe — the spectre of communism. All the powers of old Europe have "
     "entered into a holy alliance to exorcise this spectre: Pope and Tsar, Metternich and Guizot, "
     "French Radicals and German police-spies.",
     "Communist Manifesto", 1919, "The Call"},
    {"1948/f#q3", "manifesto-spectre",
     "A spectre is haunting Europe - the spectre of Communism. All the powers of old Europe have "
     "entered into a holy alliance to exorcise this spectre …",
     "Marx and Engels, Manifesto of the Communist Party (1848)", 1948, "Labour Monthly"},
    {"1998/g#q1", "manifesto-spectre",
     "all the powers of old Europe have entered into a holy alliance to exorcise this spectre: "
     "Pope "
     "and Czar, Metternich and Guizot, French Radicals and German police-spies",
     "MECW 6:481", 1998, "Socialist Review"},
    // Near miss: the same preamble, sharing "spectre of communism".
    {"1948/f#q4", "manifesto-two-things",
     "It is high time that Communists should openly, in the face of the whole world, publish their "
     "views, their aims, their tendencies, and meet this nursery tale of the Spectre of Communism "
     "with a manifesto of the party itself.",
     "Marx and Engels, Manifesto of the Communist Party", 1948, "Labour Monthly"},
    {"2011/h#q2", "manifesto-two-things",
     "It is high time that Communists should openly, in the face of the whole world, publish their "
     "views, their aims, their tendencies ...",
     "MECW 6, p. 481", 2011, "Counterfire"},

    // Manifesto, class struggles (two translations).
    {"1920/i#q1", "manifesto-class-struggles",
     "The history of all hitherto existing society is the history of class struggles.",
     "Communist Manifesto", 1920, "The Communist"},
    {"1971/j#q1", "manifesto-class-struggles",
     "“The history of all hitherto existing societies is the history of class struggles”",
     "Marx/Engels, Selected Works, vol. 1, p. 108", 1971, "Red Mole"},
    {"1985/k#q2", "manifesto-class-struggles",
     "The history of all hitherto existing society is the history of class struggles. Freeman and "
     "slave, patrician and plebeian, lord and serf, guild-master and journeyman, in a word, "
     "oppressor and oppressed, stood in constant opposition to one another",
     "MESW 1, 108", 1985, "Marxism Today"},
    {"2009/l#q1", "manifesto-class-struggles",
     "Freeman and slave, patrician and plebeian, lord and serf, guild-master and journeyman, in a "
     "word, oppressor and oppressed …",
     "Manifesto of the Communist Party, chapter I", 2009, "Jacobin"},

    // Manifesto, the last words, and a near miss just before them.
    {"1917/m#q1", "manifesto-chains",
     "The proletarians have nothing to lose but their chains. They have a world to win. Working "
     "Men of All Countries, Unite!",
     "Communist Manifesto", 1917, "The Call"},
    {"1969/n#q2", "manifesto-chains",
     "The proletarians have nothing to lose but their chains. They have a world to win. Workers of "
     "the world, unite!",
     "K. Marx and F. Engels, Collected Works, vol. 6, p. 519", 1969, "Black Dwarf"},
    {"2017/o#q1", "manifesto-chains",
     "'The proletarians have nothing to lose but their chains. They have a world to win.'",
     "MECW 6:519", 2017, "Jacobin"},
    {"1936/p#q1", "manifesto-disdain",
     "The Communists disdain to conceal their views and aims. They openly declare that their ends "
     "can be attained only by the forcible overthrow of all existing social conditions.",
     "Manifesto", 1936, "Daily Worker"},
    {"1970/q#q3", "manifesto-disdain",
     "They openly declare that their ends can be attained only by the forcible overthrow of all "
     "existing social conditions. Let the ruling classes tremble at a Communistic revolution.",
     "MECW vol. 6 p. 519", 1970, "Red Mole"},

    // Manifesto, the bourgeoisie, and "all that is solid" from the same page.
    {"1930/r#q1", "manifesto-solid",
     "All that is solid melts into air, all that is holy is profaned, and man is at last compelled "
     "to face with sober senses his real conditions of life, and his relations with his kind.",
     "Communist Manifesto", 1930, "Labour Monthly"},
    {"1982/s#q1", "manifesto-solid",
     "“All that is solid melts into air, all that is holy is profaned, and man is at last "
     "compelled "
     "to face with sober senses, his real conditions of life …”",
     "Marx Engels Collected Works 6, p. 487", 1982, "Marxism Today"},
    {"1930/r#q2", "manifesto-feudal",
     "The bourgeoisie, wherever it has got the upper hand, has put an end to all feudal, "
     "patriarchal, idyllic relations.",
     "Communist Manifesto", 1930, "Labour Monthly"},
    {"2005/t#q2", "manifesto-feudal",
     "The bourgeoisie, wherever it has got the upper hand, has put an end to all feudal, "
     "patriarchal, idyllic relations",
     "MECW 6, 486", 2005, "Weekly Worker"},

    // Marx, The Eighteenth Brumaire: two passages from its first page.
    {"1926/u#q1", "brumaire-history",
     "Men make their own history, but they do not make it as they please; they do not make it "
     "under self-selected circumstances, but under circumstances existing already, given and "
     "transmitted from the past.",
     "Marx, The Eighteenth Brumaire of Louis Bonaparte", 1926, "Sunday Worker"},
    {"1977/v#q2", "brumaire-history",
     "Men make their own history, but they do not make it just as they please; they do not make "
     "it under circumstances chosen by themselves, but under circumstances existing already, given "
     "and transmitted from the past.",
     "MECW 11, p. 103", 1977, "International Socialism"},
    {"2012/w#q1", "brumaire-history",
     "Men make their own history, but they do not make it as they please … but under "
     "circumstances existing already, given and transmitted from the past. The tradition of all "
     "dead generations weighs like a nightmare on the brains of the living.",
     "Eighteenth Brumaire", 2012, "Jacobin"},
    {"1926/u#q2", "brumaire-farce",
     "Hegel remarks somewhere that all great world-historic facts and personages appear, so to "
     "speak, twice. He forgot to add: the first time as tragedy, the second time as farce.",
     "Marx, The Eighteenth Brumaire of Louis Bonaparte", 1926, "Sunday Worker"},
    {"2016/x#q1", "brumaire-farce",
     "He forgot to add: the first time as tragedy, the second time as farce.",
     "MECW vol. 11, p. 103", 2016, "Novara"},
    {"2020/y#q1", "brumaire-farce",
     "“Hegel remarks somewhere that all great world-historic facts and personages appear, so to "
     "speak, twice. He forgot to add: the first time as tragedy, the second as farce.”",
     "Marx, 18th Brumaire", 2020, "Tribune"},

    // Marx, Contribution to the Critique of Hegel's Philosophy of Right.
    {"1923/z#q1", "opium",
     "Religion is the sigh of the oppressed creature, the heart of a heartless world, and the soul "
     "of soulless conditions. It is the opium of the people.",
     "Marx, Critique of Hegel's Philosophy of Right", 1923, "The Worker"},
    {"1976/aa#q1", "opium",
     "Religion is the sigh of the oppressed creature, the heart of a heartless world, just as it "
     "is the spirit of a spiritless situation. It is the opium of the people.",
     "MECW 3, p. 175", 1976, "Socialist Challenge"},
    {"2014/ab#q1", "opium",
     "religion is the sigh of the oppressed creature, the heart of a heartless world",
     "Marx Engels CW vol 3 p 175", 2014, "Jacobin"},

    // Marx, Critique of the Gotha Programme.
    {"1931/ac#q1", "gotha",
     "only then can the narrow horizon of bourgeois right be crossed in its entirety and society "
     "inscribe on its banners: From each according to his ability, to each according to his needs!",
     "Marx, Critique of the Gotha Programme", 1931, "Labour Monthly"},
    {"1990/ad#q1", "gotha", "From each according to his ability, to each according to his needs!",
     "Critique of the Gotha Programme", 1990, "Living Marxism"},
    {"2019/ae#q2", "gotha",
     "“From each according to their ability, to each according to their needs”",
     "Marx, Gotha Programme", 2019, "Novara"},

    // Marx, Capital.
    {"1933/af#q1", "capital-vampire",
     "Capital is dead labour, that, vampire-like, only lives by sucking living labour, and lives "
     "the more, the more labour it sucks.",
     "Marx, Capital, Vol. I, p. 342", 1933, "Daily Worker"},
    {"2018/ag#q1", "capital-vampire",
     "“Capital is dead labour which, vampire-like, lives only by sucking living labour, and lives "
     "the more, the more labour it sucks.”",
     "Capital volume 1, page 342", 2018, "Salvage"},

    // Engels, Socialism: Utopian and Scientific.
    {"1935/ah#q1", "engels-dies-out",
     "The government of persons is replaced by the administration of things, and by the conduct of "
     "processes of production. The State is not \"abolished\". It dies out.",
     "Engels, Socialism: Utopian and Scientific", 1935, "Left Review"},
    {"1972/ai#q1", "engels-dies-out", "The State is not ‘abolished’. It dies out.",
     "Engels, Socialism Utopian and Scientific", 1972, "Red Mole"},
    {"1999/aj#q1", "engels-dies-out",
     "The government of persons is replaced by the administration of things … The state is not "
     "'abolished'. It withers away.",
     "MECW 24, p. 321", 1999, "Weekly Worker"},

    // Luxemburg, The Russian Revolution: two passages of one chapter.
    {"1922/ak#q1", "luxemburg-freedom",
     "Freedom only for the supporters of the government, only for the members of one party – "
     "however numerous they may be – is no freedom at all. Freedom is always and exclusively "
     "freedom for the one who thinks differently.",
     "Rosa Luxemburg, The Russian Revolution", 1922, "Die Rote Fahne"},
    {"1961/al#q1", "luxemburg-freedom",
     "Freedom is always and exclusively freedom for the one who thinks differently.",
     "Luxemburg, The Russian Revolution", 1961, "New Left Review"},
    {"1989/am#q2", "luxemburg-freedom",
     "“Freedom only for the supporters of the government, only for the members of one party, is no "
     "freedom at all. Freedom is always freedom for the one who thinks differently.”",
     "R. Luxemburg, Gesammelte Werke, Bd. 4, S. 359", 1989, "Junge Welt"},
    {"1922/ak#q2", "luxemburg-elections",
     "Without general elections, without unrestricted freedom of press and assembly, without a "
     "free struggle of opinion, life dies out in every public institution, becomes a mere "
     "semblance of life, in which only the bureaucracy remains as the active element.",
     "Rosa Luxemburg, The Russian Revolution", 1922, "Die Rote Fahne"},
    {"2006/an#q1", "luxemburg-elections",
     "without a free struggle of opinion, life dies out in every public institution, becomes a "
     "mere semblance of life",
     "Luxemburg, ‘The Russian Revolution’ (1918)", 2006, "International Socialism"},

    // Lenin, Report to the Seventh Congress of the RCP(B).
    {"1918/ao#q1", "lenin-tens-of-millions",
     "… socialism cannot be implemented by a minority, by the Party. It can be implemented only "
     "by tens of millions when they have learned to do it for themselves",
     "Collected Works Volume 27 p. 135", 1918, "Pravda"},
    {"1967/ap#q1", "lenin-tens-of-millions",
     "Socialism cannot be implemented by a minority, by the Party. It can be implemented only by "
     "tens of millions when they have learned to do it for themselves.",
     "Lenin, Collected Works, vol. 27, p. 135", 1967, "Morning Star"},
    {"2017/aq#q3", "lenin-tens-of-millions",
     "“it can be implemented only by tens of millions when they have learned to do it "
     "themselves”",
     "LCW vol 27, page 135", 2017, "Counterfire"},
    {"2017/ar#q1", "lenin-tens-of-millions",
     "socialism cannot be implemented by a minority, by the party ... only by tens of millions",
     "CW 27 p.135", 2017, "Weekly Worker"},

    // Lenin, What Is to Be Done?
    {"1924/as#q1", "lenin-theory",
     "Without revolutionary theory there can be no revolutionary movement.",
     "Lenin, What Is to Be Done?", 1924, "Workers Weekly"},
    {"1979/at#q2", "lenin-theory",
     "Without revolutionary theory there can be no revolutionary movement. This idea cannot be "
     "insisted upon too strongly at a time when the fashionable preaching of opportunism goes hand "
     "in hand with an infatuation for the narrowest forms of practical activity.",
     "Lenin, Collected Works, Vol. 5, p. 369", 1979, "Socialist Challenge"},
    {"2002/au#q1", "lenin-theory",
     "“Without a revolutionary theory there can be no revolutionary movement”", "CW 5:369", 2002,
     "Socialist Review"},

    // Lenin, Report to the Eighth Congress of Soviets.
    {"1920/av#q1", "lenin-electrification",
     "Communism is Soviet power plus the electrification of the whole country.",
     "Lenin, Collected Works, vol. 31, p. 516", 1920, "Pravda"},
    {"1960/aw#q1", "lenin-electrification",
     "Communism is Soviet power plus electrification of the whole country",
     "V. I. Lenin, Selected Works", 1960, "Soviet Weekly"},

    // Kropotkin, The Conquest of Bread.
    {"1906/ax#q1", "kropotkin-all-things",
     "All things are for all men, since all men have need of them, since all men have worked in "
     "the measure of their strength to produce them, and since it is not possible to evaluate "
     "every one's part in the production of the world's wealth.",
     "Peter Kropotkin, The Conquest of Bread", 1906, "Freedom"},
    {"1990/ay#q1", "kropotkin-all-things",
     "“All things are for all men, since all men have need of them … and since it is not possible "
     "to evaluate every one’s part in the production of the world’s wealth”",
     "Kropotkin, Conquest of Bread, ch. 1", 1990, "Black Flag"},

    // Paine, The American Crisis: two passages of one work.
    {"1917/az#q1", "paine-souls",
     "These are the times that try men's souls. The summer soldier and the sunshine patriot will, "
     "in this crisis, shrink from the service of their country; but he that stands by it now, "
     "deserves the love and thanks of man and woman.",
     "Thomas Paine, The American Crisis", 1917, "The Masses"},
    {"1976/ba#q1", "paine-souls",
     "These are the times that try men’s souls. The summer soldier and the sunshine patriot will, "
     "in this crisis, shrink from the service of their country …",
     "Paine, The Crisis, No. 1", 1976, "Bicentennial Review"},
    {"1917/az#q2", "paine-tyranny",
     "Tyranny, like hell, is not easily conquered; yet we have this consolation with us, that the "
     "harder the conflict, the more glorious the triumph.",
     "Thomas Paine, The American Crisis", 1917, "The Masses"},
    {"2001/bb#q1", "paine-tyranny",
     "Tyranny, like hell, is not easily conquered; yet we have this consolation with us, that the "
     "harder the conflict, the more glorious the triumph",
     "T. Paine, The American Crisis (1776)", 2001, "The Nation"},

    // Douglass: two speeches that share the themes of freedom and struggle.
    {"1915/bc#q1", "douglass-struggle",
     "If there is no struggle there is no progress. Those who profess to favor freedom, and yet "
     "depreciate agitation, are men who want crops without plowing up the ground.",
     "Frederick Douglass, West India Emancipation speech, 1857", 1915, "The Crisis"},
    {"1963/bd#q1", "douglass-struggle",
     "“If there is no struggle, there is no progress. Those who profess to favour freedom and yet "
     "deprecate agitation are men who want crops without ploughing up the ground.”",
     "Douglass, West India Emancipation", 1963, "Freedomways"},
    {"1915/bc#q2", "douglass-power",
     "Power concedes nothing without a demand. It never did and it never will.",
     "Frederick Douglass, West India Emancipation speech, 1857", 1915, "The Crisis"},
    {"2014/be#q1", "douglass-power",
     "Power concedes nothing without a demand. It never did, and it never will.", "Douglass (1857)",
     2014, "Jacobin"},
    {"1952/bf#q1", "douglass-fourth",
     "What, to the American slave, is your 4th of July? I answer: a day that reveals to him, more "
     "than all other days in the year, the gross injustice and cruelty to which he is the constant "
     "victim.",
     "Frederick Douglass, What to the Slave is the Fourth of July?", 1952, "Freedom"},
    {"2020/bg#q1", "douglass-fourth",
     "What, to the American slave, is your Fourth of July? … a day that reveals to him, more than "
     "all other days in the year, the gross injustice and cruelty to which he is the constant "
     "victim.",
     "Douglass, Fourth of July speech", 2020, "The Nation"},

    // Morris, A Dream of John Ball.
    {"1912/bh#q1", "morris-john-ball",
     "men fight and lose the battle, and the thing that they fought for comes about in spite of "
     "their defeat, and when it comes turns out not to be what they meant, and other men have to "
     "fight for what they meant under another name",
     "William Morris, A Dream of John Ball", 1912, "The Clarion"},
    {"1984/bi#q1", "morris-john-ball",
     "“Men fight and lose the battle, and the thing that they fought for comes about in spite of "
     "their defeat, and when it comes turns out not to be what they meant …”",
     "W. Morris, A Dream of John Ball, ch. 4", 1984, "New Socialist"},
};

}  // namespace samizdat::corpus::testing

#endif  // SAMIZDAT_TESTS_CORPUS_QUOTATION_FIXTURE_H_
