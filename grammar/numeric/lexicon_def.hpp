// Definitions of the lexicon rule group (see lexicon.hpp). Only lexicon.cpp
// includes this file. Word keys are lower case and matched with no_case over
// the standard encoding (bytes >= 0x80 compare as themselves); symbols match
// exactly. Base units: tonnes "t", cubic metres "m3", metres "m", square
// metres "m2", kilowatt-hours "kWh", watts "W", bytes "B", barrels "bbl",
// containers "TEU", people "persons"; money keeps its ISO 4217 code.
#pragma once

#include <utility>

#include "grammar/numeric/ast.hpp"
#include "grammar/numeric/lexicon.hpp"
#include "grammar/numeric/lexicon_symbols.hpp"

namespace claimcheck::grammar::numeric {

namespace lexicon_detail {

// Case folding for no_case that is ASCII-only and defined on every byte:
// x3::standard calls the C library per character (slow, locale-dependent)
// and x3::ascii asserts on bytes >= 0x80. Only the members no_case uses.
// classify_type stays plain char: the symbol tree is ordered by char when
// built, and a lookup must compare the same way, or entries with bytes
// >= 0x80 ("μg") are never found.
struct byte_encoding {
  using char_type = char;
  using classify_type = char;
  static bool ischar(int) { return true; }
  static bool islower(int c) { return c >= 'a' && c <= 'z'; }
  static bool isupper(int c) { return c >= 'A' && c <= 'Z'; }
  static int tolower(int c) { return isupper(c) ? c + 32 : c; }
  static int toupper(int c) { return islower(c) ? c - 32 : c; }
};

// The word table's keys (lower case) and meanings, in the order they are
// added: a key listed twice keeps its first meaning, in the X3 table and in
// the trie of lexicon.cpp alike.
constexpr std::pair<const char*, entry> word_entries[] = {
    // Cardinals.
    {"zero", num(D, 0)}, {"nought", num(D, 0)}, {"naught", num(D, 0)}, {"nil", num(D, 0)},
    {"one", num(D, 1)}, {"two", num(D, 2)}, {"three", num(D, 3)}, {"four", num(D, 4)},
    {"five", num(D, 5)}, {"six", num(D, 6)}, {"seven", num(D, 7)}, {"eight", num(D, 8)},
    {"nine", num(D, 9)}, {"ten", num(T, 10)}, {"eleven", num(T, 11)}, {"twelve", num(T, 12)},
    {"thirteen", num(T, 13)}, {"fourteen", num(T, 14)}, {"fifteen", num(T, 15)},
    {"sixteen", num(T, 16)}, {"seventeen", num(T, 17)}, {"eighteen", num(T, 18)},
    {"nineteen", num(T, 19)}, {"twenty", num(X, 20)}, {"thirty", num(X, 30)},
    {"forty", num(X, 40)}, {"fourty", num(X, 40)}, {"fifty", num(X, 50)}, {"sixty", num(X, 60)},
    {"seventy", num(X, 70)}, {"eighty", num(X, 80)}, {"ninety", num(X, 90)},
    {"hundred", kind(lex_kind::hundred)}, {"hundreds", kind(lex_kind::hundred)},
    {"thousand", scale(1e3)}, {"thousands", scale(1e3)}, {"million", scale(1e6)},
    {"millions", scale(1e6)}, {"billion", scale(1e9)}, {"billions", scale(1e9)},
    {"trillion", scale(1e12)}, {"trillions", scale(1e12)}, {"lakh", scale(1e5)},
    {"lakhs", scale(1e5)}, {"crore", scale(1e7)}, {"crores", scale(1e7)},
    {"dozen", num(lex_kind::dozen, 12)}, {"dozens", num(lex_kind::dozen, 12)},
    {"dz", num(lex_kind::dozen, 12)}, {"dzs", num(lex_kind::dozen, 12)},
    {"doz", num(lex_kind::dozen, 12)}, {"dozs", num(lex_kind::dozen, 12)},
    // Scale abbreviations written after digits ("5k", "1.5bn", "3.2 mln").
    {"k", abbr(1e3)}, {"m", abbr(1e6)}, {"mn", abbr(1e6)}, {"mln", abbr(1e6)},
    {"mil", abbr(1e6)}, {"mio", abbr(1e6)}, {"mm", abbr(1e6)}, {"b", abbr(1e9)},
    {"bn", abbr(1e9)}, {"bln", abbr(1e9)}, {"g", abbr(1e9)}, {"tn", abbr(1e12)},
    {"tln", abbr(1e12)}, {"trn", abbr(1e12)}, {"trln", abbr(1e12)},
    // Ordinals; aux 1 marks those that also name a fraction ("a third").
    {"first", ord(1, 0)}, {"second", ord(2, 0)}, {"third", ord(3)}, {"fourth", ord(4)},
    {"fifth", ord(5)}, {"sixth", ord(6)}, {"seventh", ord(7)}, {"eighth", ord(8)},
    {"ninth", ord(9)}, {"nineth", ord(9)}, {"tenth", ord(10)}, {"eleventh", ord(11)},
    {"twelfth", ord(12)}, {"thirteenth", ord(13)}, {"fourteenth", ord(14)},
    {"fifteenth", ord(15)}, {"sixteenth", ord(16)}, {"seventeenth", ord(17)},
    {"eighteenth", ord(18)}, {"nineteenth", ord(19)}, {"twentieth", ord(20)},
    {"thirtieth", ord(30)}, {"fortieth", ord(40)}, {"fiftieth", ord(50)},
    {"sixtieth", ord(60)}, {"seventieth", ord(70)}, {"eightieth", ord(80)},
    {"ninetieth", ord(90)}, {"hundredth", ord(100)}, {"thousandth", ord(1e3)},
    {"millionth", ord(1e6)}, {"billionth", ord(1e9)}, {"trillionth", ord(1e12)},
    // Fractions by their denominator.
    {"firsts", frac(1)}, {"half", frac(2)}, {"halves", frac(2)}, {"thirds", frac(3)}, {"quarter", frac(4)},
    {"quarters", frac(4)}, {"fourths", frac(4)}, {"fifths", frac(5)}, {"sixths", frac(6)},
    {"sevenths", frac(7)}, {"eighths", frac(8)}, {"ninths", frac(9)}, {"tenths", frac(10)},
    {"twelfths", frac(12)}, {"twentieths", frac(20)}, {"hundredths", frac(100)},
    {"thousandths", frac(1e3)}, {"millionths", frac(1e6)}, {"billionths", frac(1e9)},
    {"trillionths", frac(1e12)},
    {"a", kind(lex_kind::article)}, {"an", kind(lex_kind::article)},
    {"and", kind(lex_kind::and_word)}, {"point", kind(lex_kind::point)},
    {"minus", kind(lex_kind::minus)}, {"negative", kind(lex_kind::minus)},
    // Currencies by name.
    {"dollar", money("USD")}, {"dollars", money("USD")}, {"u.s. dollars", money("USD")},
    {"u.s. dollar", money("USD")}, {"us dollars", money("USD")}, {"us dollar", money("USD")},
    {"united states dollars", money("USD")}, {"american dollars", money("USD")},
    {"euro", money("EUR")}, {"euros", money("EUR")}, {"yuan", money("CNY")},
    {"renminbi", money("CNY")}, {"chinese yuan", money("CNY")}, {"rmb", money("CNY")},
    {"tenge", money("KZT")}, {"kazakh tenge", money("KZT")}, {"rouble", money("RUB")},
    {"roubles", money("RUB")}, {"ruble", money("RUB")}, {"rubles", money("RUB")},
    {"russian roubles", money("RUB")}, {"russian rubles", money("RUB")},
    {"yen", money("JPY")}, {"japanese yen", money("JPY")}, {"pound", money("GBP")},
    {"pounds", money("GBP")}, {"pounds sterling", money("GBP")}, {"sterling", money("GBP")},
    {"british pounds", money("GBP")}, {"rupee", money("INR")}, {"rupees", money("INR")},
    {"indian rupees", money("INR")}, {"swiss francs", money("CHF")},
    {"swiss franc", money("CHF")}, {"francs", money("CHF")}, {"canadian dollars", money("CAD")},
    {"canadian dollar", money("CAD")}, {"australian dollars", money("AUD")},
    {"australian dollar", money("AUD")}, {"hong kong dollars", money("HKD")},
    {"singapore dollars", money("SGD")}, {"new zealand dollars", money("NZD")},
    {"won", money("KRW")}, {"lira", money("TRY")}, {"liras", money("TRY")},
    // Central Asian and Caucasus currencies. "som" is the Kyrgyz som; the
    // Uzbek so'm is written "sum", "soum" ("sum" is also a noun: bare_unit
    // and the claims layer keep it to amounts).
    {"som", money("KGS")}, {"soms", money("KGS")}, {"kyrgyz som", money("KGS")},
    {"kyrgyz soms", money("KGS")}, {"somoni", money("TJS")}, {"somonis", money("TJS")},
    {"tajik somoni", money("TJS")}, {"soum", money("UZS")}, {"soums", money("UZS")},
    {"sum", money("UZS")}, {"sums", money("UZS")}, {"so'm", money("UZS")},
    {"uzbek sum", money("UZS")}, {"uzbek sums", money("UZS")}, {"uzbek soum", money("UZS")},
    {"uzbek soums", money("UZS")}, {"manats", money("AZN")},
    {"azerbaijani manat", money("AZN")}, {"azerbaijani manats", money("AZN")},
    {"turkmen manat", money("TMT")}, {"turkmen manats", money("TMT")},
    {"lari", money("GEL")}, {"laris", money("GEL")}, {"georgian lari", money("GEL")},
    {"dram", money("AMD")}, {"drams", money("AMD")}, {"armenian dram", money("AMD")},
    {"armenian drams", money("AMD")},
    // African, Middle Eastern and European currencies by name. A name that
    // several countries use, written bare, takes the currency news most
    // often means by it, as "dollars" takes USD and "pesos" MXN: shillings
    // KES, dinars IQD, rials IRR (riyals SAR), kwacha ZMW, lei and leu RON.
    // A country adjective before the name picks that country's currency.
    {"cedi", money("GHS")}, {"cedis", money("GHS")}, {"ghana cedi", money("GHS")},
    {"ghana cedis", money("GHS")}, {"ghanaian cedi", money("GHS")},
    {"ghanaian cedis", money("GHS")}, {"shilling", money("KES")}, {"shillings", money("KES")},
    {"kenyan shilling", money("KES")}, {"kenyan shillings", money("KES")},
    {"kenya shillings", money("KES")}, {"ugandan shilling", money("UGX")},
    {"ugandan shillings", money("UGX")}, {"uganda shillings", money("UGX")},
    {"tanzanian shilling", money("TZS")}, {"tanzanian shillings", money("TZS")},
    {"tanzania shillings", money("TZS")}, {"somali shillings", money("SOS")},
    {"dinar", money("IQD")}, {"dinars", money("IQD")}, {"iraqi dinar", money("IQD")},
    {"iraqi dinars", money("IQD")}, {"kuwaiti dinar", money("KWD")},
    {"kuwaiti dinars", money("KWD")}, {"bahraini dinar", money("BHD")},
    {"bahraini dinars", money("BHD")}, {"jordanian dinar", money("JOD")},
    {"jordanian dinars", money("JOD")}, {"algerian dinar", money("DZD")},
    {"algerian dinars", money("DZD")}, {"tunisian dinar", money("TND")},
    {"tunisian dinars", money("TND")}, {"libyan dinar", money("LYD")},
    {"libyan dinars", money("LYD")}, {"serbian dinar", money("RSD")},
    {"serbian dinars", money("RSD")}, {"zlotys", money("PLN")}, {"zlotych", money("PLN")},
    {"z\xC5\x82oty", money("PLN")}, {"z\xC5\x82otys", money("PLN")},
    {"z\xC5\x82otych", money("PLN")}, {"polish zloty", money("PLN")},
    {"polish zlotys", money("PLN")}, {"forint", money("HUF")}, {"forints", money("HUF")},
    {"hungarian forint", money("HUF")}, {"hungarian forints", money("HUF")},
    {"taka", money("BDT")}, {"bangladeshi taka", money("BDT")}, {"kwacha", money("ZMW")},
    {"zambian kwacha", money("ZMW")}, {"malawian kwacha", money("MWK")},
    {"malawi kwacha", money("MWK")}, {"birr", money("ETB")}, {"birrs", money("ETB")},
    {"ethiopian birr", money("ETB")}, {"nigerian naira", money("NGN")},
    {"south african rand", money("ZAR")}, {"rands", money("ZAR")},
    {"egyptian pound", money("EGP")}, {"egyptian pounds", money("EGP")},
    {"lebanese pound", money("LBP")}, {"lebanese pounds", money("LBP")},
    {"lebanese lira", money("LBP")}, {"sudanese pound", money("SDG")},
    {"sudanese pounds", money("SDG")}, {"south sudanese pounds", money("SSP")},
    {"syrian pound", money("SYP")}, {"syrian pounds", money("SYP")},
    {"saudi riyal", money("SAR")}, {"saudi riyals", money("SAR")},
    {"qatari riyal", money("QAR")}, {"qatari riyals", money("QAR")},
    {"yemeni rial", money("YER")}, {"yemeni rials", money("YER")},
    {"yemeni riyal", money("YER")}, {"yemeni riyals", money("YER")},
    {"omani rial", money("OMR")}, {"omani rials", money("OMR")}, {"rial", money("IRR")},
    {"rials", money("IRR")}, {"iranian rial", money("IRR")}, {"iranian rials", money("IRR")},
    {"uae dirham", money("AED")}, {"uae dirhams", money("AED")},
    {"emirati dirham", money("AED")}, {"emirati dirhams", money("AED")},
    {"moroccan dirham", money("MAD")}, {"moroccan dirhams", money("MAD")},
    {"turkish liras", money("TRY")}, {"koruna", money("CZK")}, {"korunas", money("CZK")},
    {"koruny", money("CZK")}, {"czech koruna", money("CZK")}, {"czech korunas", money("CZK")},
    {"czech crowns", money("CZK")}, {"lei", money("RON")}, {"leu", money("RON")},
    {"romanian lei", money("RON")}, {"romanian leu", money("RON")},
    {"moldovan lei", money("MDL")}, {"moldovan leu", money("MDL")},
    {"hryvnya", money("UAH")}, {"hryvnyas", money("UAH")}, {"hryvni", money("UAH")},
    {"ukrainian hryvnia", money("UAH")}, {"ukrainian hryvnias", money("UAH")},
    {"bulgarian lev", money("BGN")}, {"leva", money("BGN")}, {"levs", money("BGN")},
    {"rand", money("ZAR")}, {"reais", money("BRL")}, {"real", money("BRL")},
    {"pesos", money("MXN")}, {"peso", money("MXN")}, {"kronor", money("SEK")},
    {"krona", money("SEK")}, {"kroner", money("NOK")}, {"krone", money("DKK")},
    {"zloty", money("PLN")}, {"riyals", money("SAR")}, {"riyal", money("SAR")},
    {"dirhams", money("AED")}, {"dirham", money("AED")}, {"naira", money("NGN")},
    {"rupiah", money("IDR")}, {"dong", money("VND")}, {"baht", money("THB")},
    {"ringgit", money("MYR")}, {"hryvnia", money("UAH")}, {"hryvnias", money("UAH")},
    {"shekels", money("ILS")}, {"manat", money("AZN")}, {"cents", money("USD", 0.01)},
    {"cent", money("USD", 0.01)}, {"pence", money("GBP", 0.01)}, {"penny", money("GBP", 0.01)},
    {"pesetas", money("ESP")}, {"peseta", money("ESP")}, {"finnish markka", money("FIM")},
    {"markka", money("FIM")}, {"dutch guilders", money("NLG")}, {"guilders", money("NLG")},
    {"deutsche marks", money("DEM")}, {"turkish lira", money("TRY")},
    {"bitcoin", money("BTC")}, {"satoshi", money("BTC", 1e-8)}, {"satoshis", money("BTC", 1e-8)}, {"bitcoins", money("BTC")}, {"btc", money("BTC")},
    {"usd", money("USD")}, {"eur", money("EUR")}, {"gbp", money("GBP")}, {"cny", money("CNY")},
    {"jpy", money("JPY")}, {"kzt", money("KZT")}, {"rub", money("RUB")}, {"inr", money("INR")},
    {"cad", money("CAD")}, {"aud", money("AUD")}, {"hkd", money("HKD")}, {"chf", money("CHF")},
    {"musd", money("USD", 1e6)}, {"meur", money("EUR", 1e6)}, {"mgbp", money("GBP", 1e6)},
    // Percentages and percentage points.
    {"percent", kind(lex_kind::percent)}, {"per cent", kind(lex_kind::percent)},
    {"percents", kind(lex_kind::percent)}, {"percentage", kind(lex_kind::percent)},
    {"pct", kind(lex_kind::percent)}, {"percentage points", kind(lex_kind::points)},
    {"percentage point", kind(lex_kind::points)}, {"pp", kind(lex_kind::points)},
    {"ppt", kind(lex_kind::points)}, {"ppts", kind(lex_kind::points)},
    // Basis points: hundredths of a percentage point (value: the factor).
    {"basis points", {lex_kind::points, 0.01, "", 0}}, {"basis point", {lex_kind::points, 0.01, "", 0}},
    {"bps", {lex_kind::points, 0.01, "", 0}}, {"bp", {lex_kind::points, 0.01, "", 0}},
    // Units, to base units.
    {"t", unit("t", 1)}, {"tonne", unit("t", 1)}, {"tonnes", unit("t", 1)},
    {"ton", unit("t", 1)}, {"tons", unit("t", 1)}, {"metric ton", unit("t", 1)},
    {"metric tons", unit("t", 1)}, {"metric tonnes", unit("t", 1)}, {"kt", unit("t", 1e3)},
    {"kg", unit("t", 1e-3)}, {"kgs", unit("t", 1e-3)}, {"kilogram", unit("t", 1e-3)},
    {"kilograms", unit("t", 1e-3)}, {"kilogrammes", unit("t", 1e-3)},
    {"kilos", unit("t", 1e-3)}, {"gram", unit("t", 1e-6)}, {"grams", unit("t", 1e-6)},
    {"milligrams", unit("t", 1e-9)}, {"mg", unit("t", 1e-9)}, {"lb", unit("t", 4.5359237e-4)},
    {"lbs", unit("t", 4.5359237e-4)}, {"ounces", unit("t", 2.8349523125e-5)}, {"ounce", unit("t", 2.8349523125e-5)},
    {"litre", unit("m3", 1e-3)}, {"litres", unit("m3", 1e-3)}, {"liter", unit("m3", 1e-3)},
    {"liters", unit("m3", 1e-3)}, {"l", unit("m3", 1e-3)}, {"ml", unit("m3", 1e-6)},
    {"millilitres", unit("m3", 1e-6)}, {"milliliters", unit("m3", 1e-6)},
    {"cubic metres", unit("m3", 1)}, {"cubic meters", unit("m3", 1)},
    {"cubic metre", unit("m3", 1)}, {"cubic meter", unit("m3", 1)}, {"m3", unit("m3", 1)},
    {"bcm", unit("m3", 1e9)}, {"cubic feet", unit("m3", 0.028316846592)},
    {"gallons", unit("m3", 3.785411784e-3)}, {"gallon", unit("m3", 3.785411784e-3)},
    {"barrel", unit("bbl", 1)}, {"barrels", unit("bbl", 1)}, {"bbl", unit("bbl", 1)},
    // Oil output as a daily rate: no rate unit, the barrels are kept. The
    // mention of "barrels a day" ends at "barrels", as the Dimension spec has it.
    {"bpd", unit("bbl", 1)}, {"b/d", unit("bbl", 1)},
    {"metre", unit("m", 1)}, {"metres", unit("m", 1)}, {"meter", unit("m", 1)},
    {"meters", unit("m", 1)}, {"km", unit("m", 1e3)}, {"kilometre", unit("m", 1e3)},
    {"kilometres", unit("m", 1e3)}, {"kilometer", unit("m", 1e3)},
    {"kilometers", unit("m", 1e3)}, {"cm", unit("m", 0.01)}, {"centimetres", unit("m", 0.01)},
    {"centimeters", unit("m", 0.01)}, {"millimetres", unit("m", 1e-3)},
    {"millimeters", unit("m", 1e-3)}, {"mile", unit("m", 1609.344)},
    {"miles", unit("m", 1609.344)}, {"feet", unit("m", 0.3048)}, {"foot", unit("m", 0.3048)},
    {"ft", unit("m", 0.3048)}, {"inches", unit("m", 0.0254)}, {"inch", unit("m", 0.0254)},
    {"yards", unit("m", 0.9144)}, {"yard", unit("m", 0.9144)}, {"nautical miles", unit("m", 1852)},
    {"square kilometres", unit("m2", 1e6)}, {"square kilometers", unit("m2", 1e6)},
    {"sq km", unit("m2", 1e6)}, {"km2", unit("m2", 1e6)}, {"square metres", unit("m2", 1)},
    {"square meters", unit("m2", 1)}, {"sq m", unit("m2", 1)}, {"m2", unit("m2", 1)},
    {"hectares", unit("m2", 1e4)}, {"hectare", unit("m2", 1e4)}, {"ha", unit("m2", 1e4)},
    {"acres", unit("m2", 4046.8564224)}, {"acre", unit("m2", 4046.8564224)}, {"square miles", unit("m2", 2589988.110336)},
    {"decimetres", unit("m", 0.1)}, {"decimeters", unit("m", 0.1)}, {"dm", unit("m", 0.1)},
    {"micrograms", unit("t", 1e-12)}, {"microgram", unit("t", 1e-12)},
    {"microgrammes", unit("t", 1e-12)}, {"mcg", unit("t", 1e-12)}, {"μg", unit("t", 1e-12)},
    {"tablespoons", unit("m3", 1.478676478125e-5)}, {"tablespoon", unit("m3", 1.478676478125e-5)},
    {"teaspoons", unit("m3", 4.92892159375e-6)}, {"teaspoon", unit("m3", 4.92892159375e-6)},
    {"cups", unit("m3", 2.365882365e-4)}, {"cup", unit("m3", 2.365882365e-4)},
    {"miles an hour", unit("m/s", 0.44704)}, {"miles per hour", unit("m/s", 0.44704)},
    {"mph", unit("m/s", 0.44704)}, {"kilometers per hour", unit("m/s", 1 / 3.6)},
    {"kilometres per hour", unit("m/s", 1 / 3.6)}, {"km/h", unit("m/s", 1 / 3.6)},
    {"km/hr", unit("m/s", 1 / 3.6)}, {"kph", unit("m/s", 1 / 3.6)}, {"kmph", unit("m/s", 1 / 3.6)},
    {"meters per second", unit("m/s", 1)}, {"metres per second", unit("m/s", 1)},
    {"m/s", unit("m/s", 1)}, {"meters per millisecond", unit("m/s", 1e3)},
    {"centimeters/millisecond", unit("m/s", 10)}, {"centimeters per millisecond", unit("m/s", 10)},
    {"km/ms", unit("m/s", 1e6)}, {"degrees", unit("deg", 1)}, {"degree", unit("deg", 1)},
    {"rad", unit("deg", 57.29577951308232)}, {"radians", unit("deg", 57.29577951308232)},
    {"turns", unit("deg", 360)}, {"turn", unit("deg", 360)}, {"bit", unit("bit", 1)},
    {"bits", unit("bit", 1)},
    {"kwh", unit("kWh", 1)}, {"mwh", unit("kWh", 1e3)}, {"gwh", unit("kWh", 1e6)},
    {"twh", unit("kWh", 1e9)}, {"kilowatt-hours", unit("kWh", 1)},
    {"kilowatt hours", unit("kWh", 1)}, {"kilowatt-hour", unit("kWh", 1)},
    {"kilowatt hour", unit("kWh", 1)}, {"megawatt-hours", unit("kWh", 1e3)},
    {"megawatt hours", unit("kWh", 1e3)}, {"gigawatt-hours", unit("kWh", 1e6)},
    {"gigawatt hours", unit("kWh", 1e6)}, {"terawatt-hours", unit("kWh", 1e9)},
    {"terawatt hours", unit("kWh", 1e9)}, {"kilowatts", unit("W", 1e3)},
    {"kilowatt", unit("W", 1e3)}, {"megawatt", unit("W", 1e6)}, {"gigawatt", unit("W", 1e9)},
    {"kw", unit("W", 1e3)}, {"mw", unit("W", 1e6)},
    {"gw", unit("W", 1e9)}, {"megawatts", unit("W", 1e6)}, {"gigawatts", unit("W", 1e9)},
    {"kb", unit("B", 1e3)}, {"mb", unit("B", 1e6)}, {"gb", unit("B", 1e9)},
    {"tb", unit("B", 1e12)}, {"teu", unit("TEU", 1)}, {"teus", unit("TEU", 1)},
    {"twenty-foot equivalent units", unit("TEU", 1)}, {"people", unit("persons", 1)},
    {"persons", unit("persons", 1)}, {"residents", unit("persons", 1)},
    {"workers", unit("persons", 1)}, {"employees", unit("persons", 1)},
    {"tourists", unit("persons", 1)}, {"visitors", unit("persons", 1)},
    {"passengers", unit("persons", 1)}, {"students", unit("persons", 1)},
    {"citizens", unit("persons", 1)}, {"inhabitants", unit("persons", 1)},
    {"vehicles", unit("vehicles", 1)}, {"cars", unit("vehicles", 1)},
    {"trucks", unit("vehicles", 1)}, {"trips", unit("trips", 1)},
    {"train trips", unit("trips", 1)}, {"flights", unit("trips", 1)},
    {"journeys", unit("trips", 1)},
    // Fold.
    {"fold", kind(lex_kind::fold)}, {"times", kind(lex_kind::fold)},
    // Qualifiers.
    {"about", qual(qual_code::approx)}, {"around", qual(qual_code::approx)},
    {"roughly", qual(qual_code::approx)}, {"approximately", qual(qual_code::approx)},
    {"approx.", qual(qual_code::approx)}, {"some", qual(qual_code::approx)},
    {"an estimated", qual(qual_code::approx)}, {"estimated", qual(qual_code::approx)},
    {"circa", qual(qual_code::approx)}, {"nearly", qual(qual_code::nearly)},
    {"almost", qual(qual_code::nearly)}, {"close to", qual(qual_code::nearly)},
    {"just under", qual(qual_code::nearly)}, {"more than", qual(qual_code::above)},
    {"over", qual(qual_code::above)}, {"above", qual(qual_code::above)},
    {"exceeding", qual(qual_code::above)}, {"in excess of", qual(qual_code::above)},
    {"upwards of", qual(qual_code::above)}, {"greater than", qual(qual_code::above)},
    {"higher than", qual(qual_code::above)}, {"just over", qual(qual_code::above)},
    {"larger than", qual(qual_code::above)}, {"bigger than", qual(qual_code::above)},
    {"at least", qual(qual_code::at_least)}, {"no less than", qual(qual_code::at_least)},
    {"not less than", qual(qual_code::at_least)}, {"no fewer than", qual(qual_code::at_least)},
    {"a minimum of", qual(qual_code::at_least)}, {"less than", qual(qual_code::below)},
    {"fewer than", qual(qual_code::below)}, {"under", qual(qual_code::below)},
    {"below", qual(qual_code::below)}, {"lower than", qual(qual_code::below)},
    {"smaller than", qual(qual_code::below)}, {"up to", qual(qual_code::at_most)},
    {"at most", qual(qual_code::at_most)}, {"no more than", qual(qual_code::at_most)},
    {"not more than", qual(qual_code::at_most)}, {"a maximum of", qual(qual_code::at_most)},
    {"as many as", qual(qual_code::at_most)}, {"as much as", qual(qual_code::at_most)},
    {"greater than or equal to", qual(qual_code::at_least)},
    {"more than or equal to", qual(qual_code::at_least)},
    {"higher than or equal to", qual(qual_code::at_least)},
    {"larger than or equal to", qual(qual_code::at_least)},
    {"bigger than or equal to", qual(qual_code::at_least)},
    {"greater or equal than", qual(qual_code::at_least)},
    {"bigger or equal than", qual(qual_code::at_least)},
    {"higher or equal than", qual(qual_code::at_least)},
    {"larger or equal than", qual(qual_code::at_least)},
    {"more or equal than", qual(qual_code::at_least)},
    {"equal to or more than", qual(qual_code::at_least)},
    {"equal to or greater than", qual(qual_code::at_least)},
    {"equal to or higher than", qual(qual_code::at_least)},
    {"at least or equal to", qual(qual_code::at_least)},
    {"less than or equal to", qual(qual_code::at_most)},
    {"fewer than or equal to", qual(qual_code::at_most)},
    {"smaller than or equal to", qual(qual_code::at_most)},
    {"lower than or equal to", qual(qual_code::at_most)},
    {"smaller or equal than", qual(qual_code::at_most)},
    {"less or equal than", qual(qual_code::at_most)},
    {"lower or equal than", qual(qual_code::at_most)},
    {"equal to or less than", qual(qual_code::at_most)},
    {"equal to or fewer than", qual(qual_code::at_most)},
    {"equal to or lower than", qual(qual_code::at_most)},
    {"at most or equal to", qual(qual_code::at_most)},
    {"equal to", qual(qual_code::equal)}, {"equals", qual(qual_code::equal)},
    {"equals to", qual(qual_code::equal)}, {"equaling to", qual(qual_code::equal)},
    {"equalling", qual(qual_code::equal)}, {"exceed", qual(qual_code::above)}, {"exceeds", qual(qual_code::above)},
    {"exceeded", qual(qual_code::above)}, {"surpass", qual(qual_code::above)},
    {"surpasses", qual(qual_code::above)}, {"surpassed", qual(qual_code::above)},
    {"or more", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"or more than", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"or greater", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"or greater than", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"or higher", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"or above", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"or over", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"and more", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"and above", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"and over", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_least)}},
    {"or less", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_most)}},
    {"or less than", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_most)}},
    {"or fewer", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_most)}},
    {"or lower", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_most)}},
    {"or below", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_most)}},
    {"or under", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_most)}},
    {"and below", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_most)}},
    {"and under", {lex_kind::or_bound, 0, "", static_cast<int>(qual_code::at_most)}},
    {"or equal", kind(lex_kind::or_equal)}, {"or equal to", kind(lex_kind::or_equal)},
    // Change words.
    {"grew", change(1)}, {"grows", change(1)}, {"grow", change(1)}, {"rose", change(1)},
    {"rise", change(1)}, {"rises", change(1)}, {"risen", change(1)}, {"increased", change(1)},
    {"increase", change(1)}, {"increases", change(1)}, {"jumped", change(1)},
    {"jump", change(1)}, {"climbed", change(1)}, {"surged", change(1)}, {"soared", change(1)},
    {"gained", change(1)}, {"expanded", change(1)}, {"growth", change(1)}, {"up", change(1)},
    {"fell", change(-1)}, {"fall", change(-1)}, {"falls", change(-1)}, {"fallen", change(-1)},
    {"dropped", change(-1)}, {"drop", change(-1)}, {"declined", change(-1)},
    {"decline", change(-1)}, {"decreased", change(-1)}, {"decrease", change(-1)},
    {"slumped", change(-1)}, {"plunged", change(-1)}, {"shrank", change(-1)},
    {"contracted", change(-1)}, {"slid", change(-1)}, {"lost", change(-1)},
    {"down", change(-1)}, {"doubled", change(1, 2)}, {"tripled", change(1, 3)},
    {"trebled", change(1, 3)}, {"quadrupled", change(1, 4)}, {"halved", change(-1, 0.5)},
    {"double", change(1, 2)}, {"doubles", change(1, 2)}, {"doubling", change(1, 2)},
    {"triple", change(1, 3)}, {"triples", change(1, 3)}, {"tripling", change(1, 3)},
    {"treble", change(1, 3)}, {"quadruple", change(1, 4)}, {"quadruples", change(1, 4)},
    {"halve", change(-1, 0.5)}, {"halves", change(-1, 0.5)}, {"halving", change(-1, 0.5)},
    {"twofold", change(1, 2)}, {"threefold", change(1, 3)}, {"fourfold", change(1, 4)},
    {"fivefold", change(1, 5)}, {"sixfold", change(1, 6)}, {"sevenfold", change(1, 7)},
    {"eightfold", change(1, 8)}, {"ninefold", change(1, 9)}, {"tenfold", change(1, 10)},
    {"twelvefold", change(1, 12)}, {"twentyfold", change(1, 20)},
    {"hundredfold", change(1, 100)}, {"thousandfold", change(1, 1000)},
    {"twice as many", change(1, 2)}, {"twice as much", change(1, 2)},
    {"twice as high", change(1, 2)}, {"twice as large", change(1, 2)},
    // Ranges.
    {"to", kind(lex_kind::range_to)}, {"through", kind(lex_kind::range_to)},
    {"between", kind(lex_kind::between)}, {"from", kind(lex_kind::between)},
    // Context: words around digits that make them something other than a number.
    {"the", kind(lex_kind::determiner)}, {"this", kind(lex_kind::determiner)},
    {"that", kind(lex_kind::determiner)}, {"which", kind(lex_kind::determiner)},
    {"each", kind(lex_kind::determiner)}, {"every", kind(lex_kind::determiner)},
    {"any", kind(lex_kind::determiner)}, {"no", kind(lex_kind::determiner)},
    {"another", kind(lex_kind::determiner)}, {"boeing", kind(lex_kind::not_number)},
    {"airbus", kind(lex_kind::not_number)}, {"page", kind(lex_kind::not_number)},
    {"pages", kind(lex_kind::not_number)}, {"p.", kind(lex_kind::not_number)},
    {"section", kind(lex_kind::not_number)}, {"article", kind(lex_kind::not_number)},
    {"chapter", kind(lex_kind::not_number)}, {"paragraph", kind(lex_kind::not_number)},
    {"clause", kind(lex_kind::not_number)}, {"room", kind(lex_kind::not_number)},
    {"flight", kind(lex_kind::not_number)}, {"route", kind(lex_kind::not_number)},
    {"highway", kind(lex_kind::not_number)}, {"no.", kind(lex_kind::not_number)},
    {"windows", kind(lex_kind::not_number)},
    {"iphone", kind(lex_kind::not_number)}, 
    {"model", kind(lex_kind::not_number)}, {"resolution", kind(lex_kind::not_number)},
    {"isbn", kind(lex_kind::not_number)}, {"tel.", kind(lex_kind::not_number)},
    {"phone", kind(lex_kind::not_number)}, {"platform", kind(lex_kind::not_number)},
    {"am", kind(lex_kind::clock)}, {"pm", kind(lex_kind::clock)}, {"a.m.", kind(lex_kind::clock)},
    {"p.m.", kind(lex_kind::clock)}, {"o'clock", kind(lex_kind::clock)},
    {"hrs", kind(lex_kind::clock)}, {"gmt", kind(lex_kind::clock)}, {"utc", kind(lex_kind::clock)},
    // Relative ordinals (only with scan_options::relative_ordinals).
    {"last", rel("end", 0)}, {"next", rel("current", 1)}, {"previous", rel("current", -1)},
    {"current", rel("current", 0)}, {"penultimate", rel("end", -1)},
    {"antepenultimate", rel("end", -2)}, {"next to last", rel("end", -1)},
    {"second to last", rel("end", -1)}, {"the second to last", rel("end", -1)},
    {"last but one", rel("end", -1)}, {"the last but one", rel("end", -1)},
    {"the one before the last one", rel("end", -1)}, {"the one before the last", rel("end", -1)},
    {"previous one", rel("current", -1)}, {"next one", rel("current", 1)},
    {"current one", rel("current", 0)},
    // Basis of a change.
    {"year-on-year", basis("yoy")}, {"year on year", basis("yoy")}, {"y-o-y", basis("yoy")},
    {"yoy", basis("yoy")}, {"y/y", basis("yoy")}, {"year-over-year", basis("yoy")},
    {"year over year", basis("yoy")}, {"from a year earlier", basis("yoy")},
    {"from a year ago", basis("yoy")}, {"month-on-month", basis("mom")},
    {"month on month", basis("mom")}, {"quarter-on-quarter", basis("qoq")},
    {"quarter on quarter", basis("qoq")},
};

inline x3::symbols_parser<byte_encoding, entry> make_word_table() {
  x3::symbols_parser<byte_encoding, entry> table;
  for (const auto& [key, meaning] : word_entries) table.add(key, meaning);
  return table;
}
const x3::symbols_parser<byte_encoding, entry> word_table = make_word_table();

// The symbol table: symbol_entries (lexicon_symbols.hpp).
inline x3::symbols<entry> make_symbol_table() {
  x3::symbols<entry> table;
  for (const auto& [key, meaning] : symbol_entries) table.add(key, meaning);
  return table;
}
const x3::symbols<entry> symbol_table = make_symbol_table();

// An ASCII letter or digit: words end where none follows.
const auto word_char = x3::char_('a', 'z') | x3::char_('A', 'Z') | x3::char_('0', '9');

}  // namespace lexicon_detail

const word_type word_rule = "word";
const symbol_type symbol_rule = "symbol";

const auto word_rule_def = x3::no_case[lexicon_detail::word_table] >> !lexicon_detail::word_char;
const auto symbol_rule_def = lexicon_detail::symbol_table;

BOOST_SPIRIT_DEFINE(word_rule, symbol_rule)

word_type const& word() { return word_rule; }
symbol_type const& symbol() { return symbol_rule; }

}  // namespace claimcheck::grammar::numeric
