// The lexicon rule group's entry builders (money("USD"), unit("t", 1), ...)
// and its symbol table: currency signs and codes written case kept ("$",
// "US$", "KES", "GH₵"), comparison signs, "%" and the Unicode fractions,
// each with its meaning. Only lexicon_def.hpp includes this file; the word
// table is there.
#pragma once

#include <utility>

#include "grammar/numeric/ast.hpp"

namespace claimcheck::grammar::numeric::lexicon_detail {

using ast::entry;
using ast::lex_kind;
using ast::qual_code;

constexpr entry num(lex_kind k, double v) { return {k, v, "", 0}; }
constexpr entry ord(double v, int denominator = 1) { return {lex_kind::ordinal, v, "", denominator}; }
constexpr entry frac(double v) { return {lex_kind::fraction, v, "", 0}; }
constexpr entry scale(double v) { return {lex_kind::scale, v, "", 0}; }
constexpr entry abbr(double v) { return {lex_kind::scale_abbr, v, "", 0}; }
// value: the factor to the currency's unit ("cents" 0.01, "MUSD" 1e6).
constexpr entry money(const char* code, double factor = 1.0) {
  return {lex_kind::currency, factor, code, 0};
}
constexpr entry unit(const char* base, double factor) { return {lex_kind::unit, factor, base, 0}; }
constexpr entry qual(qual_code q) { return {lex_kind::qualifier, 0.0, "", static_cast<int>(q)}; }
constexpr entry change(int dir, double factor = 0.0) { return {lex_kind::change, factor, "", dir}; }
constexpr entry kind(lex_kind k) { return {k, 0.0, "", 0}; }
constexpr entry basis(const char* b) { return {lex_kind::basis, 0.0, b, 0}; }
constexpr entry rel(const char* to, int offset) { return {lex_kind::relative, 0.0, to, offset}; }

constexpr lex_kind D = lex_kind::digit_word;
constexpr lex_kind T = lex_kind::teen;
constexpr lex_kind X = lex_kind::tens;

// The symbol table's keys (case kept) and meanings, in the order they are
// added (lexicon.cpp also reads their first bytes).
constexpr std::pair<const char*, entry> symbol_entries[] = {
    {"$", money("USD")}, {"US$", money("USD")}, {"U.S.$", money("USD")}, {"US $", money("USD")},
    {"USD", money("USD")}, {"€", money("EUR")}, {"EUR", money("EUR")}, {"£", money("GBP")},
    {"GBP", money("GBP")}, {"¥", money("CNY")}, {"CNY", money("CNY")}, {"RMB", money("CNY")},
    {"JPY", money("JPY")}, {"KZT", money("KZT")}, {"₸", money("KZT")}, {"RUB", money("RUB")},
    {"₽", money("RUB")}, {"₹", money("INR")}, {"INR", money("INR")}, {"Rs", money("INR")},
    {"Rs.", money("INR")}, {"C$", money("CAD")}, {"CAD", money("CAD")}, {"A$", money("AUD")},
    {"AUD", money("AUD")}, {"HK$", money("HKD")}, {"HKD", money("HKD")}, {"S$", money("SGD")},
    {"SGD", money("SGD")}, {"NZ$", money("NZD")}, {"NZD", money("NZD")}, {"R$", money("BRL")},
    {"BRL", money("BRL")}, {"₩", money("KRW")}, {"KRW", money("KRW")}, {"₺", money("TRY")},
    {"TRY", money("TRY")}, {"CHF", money("CHF")}, {"UZS", money("UZS")}, {"MXN", money("MXN")},
    {"ZAR", money("ZAR")}, {"SEK", money("SEK")}, {"NOK", money("NOK")}, {"DKK", money("DKK")},
    {"PLN", money("PLN")}, {"SAR", money("SAR")}, {"AED", money("AED")}, {"NGN", money("NGN")},
    {"₦", money("NGN")}, {"EGP", money("EGP")}, {"IDR", money("IDR")}, {"VND", money("VND")},
    {"THB", money("THB")}, {"MYR", money("MYR")}, {"UAH", money("UAH")}, {"₴", money("UAH")},
    {"ILS", money("ILS")}, {"₪", money("ILS")}, {"AZN", money("AZN")}, {"KGS", money("KGS")},
    {"TJS", money("TJS")}, {"TMT", money("TMT")}, {"BYN", money("BYN")}, {"GEL", money("GEL")},
    {"PKR", money("PKR")}, {"BDT", money("BDT")}, {"QAR", money("QAR")}, {"KWD", money("KWD")},
    {"TWD", money("TWD")}, {"NT$", money("TWD")}, {"CZK", money("CZK")}, {"HUF", money("HUF")},
    {"PHP", money("PHP")}, {"₱", money("PHP")}, {"ARS", money("ARS")}, {"CLP", money("CLP")},
    {"COP", money("COP")}, {"PEN", money("PEN")}, {"MNT", money("MNT")},
    {"₼", money("AZN")}, {"֏", money("AMD")},  // no "AMD": the chip maker
    {"c $", money("CAD")}, {"C $", money("CAD")}, {"hk $", money("HKD")}, {"HK $", money("HKD")},
    {"us $", money("USD")}, {"u.s $", money("USD")}, {"U.S $", money("USD")},
    {"u.s. $", money("USD")}, {"U.S. $", money("USD")}, {"usd$", money("USD")},
    {"USD$", money("USD")}, {"mxn$", money("MXN")}, {"MXN$", money("MXN")},
    {"mex$", money("MXN")}, {"Mex$", money("MXN")}, {"aud$", money("AUD")},
    {"AUD$", money("AUD")}, {"cad$", money("CAD")}, {"CAD$", money("CAD")},
    {"nzd$", money("NZD")}, {"NZD$", money("NZD")}, {"MUSD", money("USD", 1e6)},
    {"MEUR", money("EUR", 1e6)}, {"MGBP", money("GBP", 1e6)}, {"MAUD", money("AUD", 1e6)},
    {"元", money("CNY")}, {"₡", money("CRC")}, {"₾", money("GEL")}, {"₭", money("LAK")},
    {"₿", money("BTC")}, {"ரூ", money("LKR")}, {"BTC", money("BTC")},
    // Further ISO 4217 codes. Left out: codes that are also words or names
    // written in capitals before a number or a hyphen ("ALL", "TOP", "CUP",
    // "MOP", "SOS", "BOB", "NIO", "NPR", "RON 95" petrol,
    // "SDG 4" goals, "CRC32", "CVE-2023-1234", "BSD-3", "BAM").
    {"GHS", money("GHS")}, {"KES", money("KES")}, {"UGX", money("UGX")}, {"TZS", money("TZS")},
    {"RWF", money("RWF")}, {"ETB", money("ETB")}, {"ZMW", money("ZMW")}, {"MWK", money("MWK")},
    {"MZN", money("MZN")}, {"AOA", money("AOA")}, {"NAD", money("NAD")}, {"BWP", money("BWP")},
    {"ZWL", money("ZWL")}, {"MUR", money("MUR")}, {"MGA", money("MGA")}, {"CDF", money("CDF")},
    {"GNF", money("GNF")}, {"SLE", money("SLE")}, {"SLL", money("SLL")}, {"LRD", money("LRD")},
    {"GMD", money("GMD")}, {"SSP", money("SSP")}, {"XOF", money("XOF")},
    {"XAF", money("XAF")}, {"MAD", money("MAD")}, {"DZD", money("DZD")}, {"TND", money("TND")},
    {"LYD", money("LYD")}, {"IQD", money("IQD")}, {"JOD", money("JOD")}, {"BHD", money("BHD")},
    {"OMR", money("OMR")}, {"YER", money("YER")}, {"IRR", money("IRR")}, {"LBP", money("LBP")},
    {"SYP", money("SYP")}, {"AFN", money("AFN")}, {"LKR", money("LKR")}, {"MVR", money("MVR")},
    {"BTN", money("BTN")}, {"MMK", money("MMK")}, {"KHR", money("KHR")}, {"LAK", money("LAK")},
    {"BND", money("BND")}, {"KPW", money("KPW")}, {"RSD", money("RSD")}, {"MKD", money("MKD")},
    {"BGN", money("BGN")}, {"MDL", money("MDL")}, {"ISK", money("ISK")},
    {"HRK", money("HRK")}, {"XCD", money("XCD")}, {"TTD", money("TTD")}, {"JMD", money("JMD")},
    {"DOP", money("DOP")}, {"GTQ", money("GTQ")}, {"HNL", money("HNL")},
    {"PYG", money("PYG")}, {"UYU", money("UYU")}, {"VES", money("VES")}, {"FJD", money("FJD")},
    {"PGK", money("PGK")}, {"HTG", money("HTG")},
    {"KSh", money("KES")}, {"Ksh", money("KES")}, {"KShs", money("KES")}, {"USh", money("UGX")},
    {"TSh", money("TZS")}, {"z\xC5\x82", money("PLN")}, {"E\xC2\xA3", money("EGP")},
    {"GH\xE2\x82\xB5", money("GHS")}, {"\xE2\x82\xB5", money("GHS")}, {"\xE0\xA7\xB3", money("BDT")},
    {"K\xC4\x8D", money("CZK")}, {"GH\xC2\xA2", money("GHS")},
    // Prefixes of the local press, written before the number ("Dh5 billion",
    // "QR2.1bn", "KD300 million", "Tk 500 crore", "LE50 billion").
    {"Dh", money("AED")}, {"Dhs", money("AED")}, {"QR", money("QAR")}, {"SR", money("SAR")},
    {"KD", money("KWD")}, {"BD", money("BHD")}, {"RO", money("OMR")}, {"JD", money("JOD")},
    {"LE", money("EGP")}, {"Tk", money("BDT")}, {"Br", money("ETB")},
    {">", qual(qual_code::above)}, {">=", qual(qual_code::at_least)},
    {"> =", qual(qual_code::at_least)}, {"≥", qual(qual_code::at_least)},
    {"<", qual(qual_code::below)}, {"<=", qual(qual_code::at_most)},
    {"< =", qual(qual_code::at_most)}, {"≤", qual(qual_code::at_most)},
    {"%", kind(lex_kind::percent)},
    {"½", num(lex_kind::unicode_fraction, 1.0 / 2)}, {"⅓", num(lex_kind::unicode_fraction, 1.0 / 3)},
    {"⅔", num(lex_kind::unicode_fraction, 2.0 / 3)}, {"¼", num(lex_kind::unicode_fraction, 1.0 / 4)},
    {"¾", num(lex_kind::unicode_fraction, 3.0 / 4)}, {"⅕", num(lex_kind::unicode_fraction, 1.0 / 5)},
    {"⅙", num(lex_kind::unicode_fraction, 1.0 / 6)}, {"⅛", num(lex_kind::unicode_fraction, 1.0 / 8)},
    {"⅜", num(lex_kind::unicode_fraction, 3.0 / 8)}, {"⅝", num(lex_kind::unicode_fraction, 5.0 / 8)},
    {"⅞", num(lex_kind::unicode_fraction, 7.0 / 8)},
};

}  // namespace claimcheck::grammar::numeric::lexicon_detail
