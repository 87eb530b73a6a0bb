using System;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Webex.Calling.Conference.Tests;

/// <summary>
/// The guard helpers the generated methods call with the spec's numbers. The real spec uses only
/// minLength and minItems today, so the other constraints are checked here, helper by helper; .ci/template-guard-check
/// checks that the templates call them for a spec that has every constraint.
/// </summary>
public class ArgumentsTests
{
    // U+1F600 is one code point, two UTF-16 units.
    private const string Emoji = "\U0001F600";

    [TestCase("", 0)]
    [TestCase("abc", 3)]
    [TestCase(Emoji, 1)]
    [TestCase("a" + Emoji + "b", 3)]
    public void Code_points_count_a_surrogate_pair_once(string value, int expected) =>
        Assert.That(Arguments.CodePoints(value), Is.EqualTo(expected));

    [Test]
    public void Code_points_count_an_unpaired_surrogate_once()
    {
        // Built at run time: an attribute's string cannot carry a lone surrogate intact.
        const char High = '\uD800', Low = '\uDC00';

        Assert.That(Arguments.CodePoints(new string([High])), Is.EqualTo(1));
        Assert.That(Arguments.CodePoints(new string([Low, High])), Is.EqualTo(2));
        Assert.That(Arguments.CodePoints(new string([High, 'a'])), Is.EqualTo(2));
        Assert.That(Arguments.CodePoints(new string([High, Low, Low])), Is.EqualTo(2));
        Assert.Throws<ArgumentException>(() => Arguments.Length(new string([High, Low, High]), minLength: 0, maxLength: 1, "note"));
    }

    [Test]
    public void MaxLength_counts_code_points_not_utf16_units()
    {
        Assert.DoesNotThrow(() => Arguments.Length(Emoji + Emoji, minLength: 0, maxLength: 2, "note"));

        var error = Assert.Throws<ArgumentException>(() => Arguments.Length(Emoji + Emoji + "x", minLength: 0, maxLength: 2, "note"));
        Assert.That(error!.ParamName, Is.EqualTo("note"));
        Assert.That(error.Message, Does.StartWith("note must have at most 2 characters (Unicode code points); the value given has 3."));
    }

    [Test]
    public void MinLength_counts_code_points()
    {
        var error = Assert.Throws<ArgumentException>(() => Arguments.Length(Emoji, minLength: 2, maxLength: 8, "code"));

        Assert.That(error!.ParamName, Is.EqualTo("code"));
        Assert.That(error.Message, Does.StartWith("code must have 2 to 8 characters (Unicode code points); the value given has 1."));
        Assert.DoesNotThrow(() => Arguments.Length(Emoji + Emoji, minLength: 2, maxLength: 8, "code"));
    }

    [Test]
    public void A_length_message_never_holds_the_value()
    {
        var secret = new string('t', 90);

        var error = Assert.Throws<ArgumentException>(() => Arguments.Length(secret, minLength: 0, maxLength: 80, "note"));

        Assert.That(error!.Message, Does.Not.Contain("ttt"));
        Assert.That(error.Message, Does.Contain("90"));
    }

    [Test]
    public void Null_is_not_given_for_the_single_value_guards()
    {
        Assert.DoesNotThrow(() => Arguments.Length(null, minLength: 2, maxLength: 3, "x"));
        Assert.DoesNotThrow(() => Arguments.Matches(null, Arguments.Pattern("^a$"), "x"));
        Assert.DoesNotThrow(() => Arguments.OneOf(null, ["a"], "x"));
        Assert.DoesNotThrow(() => Arguments.Range(null, 1, false, 2, false, "x"));
    }

    [TestCase("abc", true)]
    [TestCase("xxabcxx", true)]
    [TestCase("ABC", false)]
    public void A_pattern_is_searched_for_not_anchored(string value, bool matches)
    {
        var pattern = Arguments.Pattern("[a-z]{3}");

        if (matches)
        {
            Assert.DoesNotThrow(() => Arguments.Matches(value, pattern, "code"));
        }
        else
        {
            var error = Assert.Throws<ArgumentException>(() => Arguments.Matches(value, pattern, "code"));
            Assert.That(error!.ParamName, Is.EqualTo("code"));
            Assert.That(error.Message, Does.StartWith("code must match the pattern [a-z]{3}; the value given (3 characters) does not."));
            Assert.That(error.Message, Does.Not.Contain("ABC"));
        }
    }

    [Test]
    public void A_pattern_has_ecmascript_classes_and_anchors_of_its_own()
    {
        var digits = Arguments.Pattern("^\\d+$");

        Assert.DoesNotThrow(() => Arguments.Matches("123", digits, "n"));
        // Arabic-Indic digits are \d to .NET's default dialect, not to ECMA-262's.
        Assert.Throws<ArgumentException>(() => Arguments.Matches("\u0661\u0662", digits, "n"));
        Assert.Throws<ArgumentException>(() => Arguments.Matches("x123", digits, "n"));
    }

    [Test]
    public void A_pattern_is_made_with_a_timeout_and_ecmascript_options()
    {
        var pattern = Arguments.Pattern("a+");

        Assert.That(pattern.Options, Is.EqualTo(RegexOptions.ECMAScript));
        Assert.That(pattern.MatchTimeout, Is.EqualTo(Arguments.PatternTimeout));
    }

    [Test]
    public void A_pattern_that_takes_too_long_is_an_argument_exception_without_the_value()
    {
        // Catastrophic backtracking on a value that does not match: the timeout ends it.
        var pattern = Arguments.Pattern("^(a+)+$");
        var value = new string('a', 40) + "!";

        var error = Assert.Throws<ArgumentException>(() => Arguments.Matches(value, pattern, "code"));

        Assert.That(error!.ParamName, Is.EqualTo("code"));
        Assert.That(error.Message, Does.Contain("could not be checked against the pattern"));
        Assert.That(error.InnerException, Is.Null);
        Assert.That(error.Message, Does.Not.Contain("aaaa"));
    }

    [Test]
    public void Enum_compares_ordinally()
    {
        string[] values = ["quiet", "loud"];

        Assert.DoesNotThrow(() => Arguments.OneOf("loud", values, "mode"));
        var error = Assert.Throws<ArgumentException>(() => Arguments.OneOf("LOUD", values, "mode"));
        Assert.That(error!.ParamName, Is.EqualTo("mode"));
        Assert.That(error.Message, Does.StartWith("mode must be one of quiet, loud (exactly, case included); the value given (4 characters) is none of them."));
        Assert.Throws<ArgumentException>(() => Arguments.OneOf("loud ", values, "mode"));
    }

    [TestCase(1, true)]
    [TestCase(9, true)]
    [TestCase(0, false)]
    [TestCase(10, false)]
    public void Range_with_an_inclusive_minimum_and_an_exclusive_maximum(int value, bool allowed)
    {
        void Check() => Arguments.Range(value, minimum: 1, exclusiveMinimum: false, maximum: 10, exclusiveMaximum: true, "level");

        if (allowed)
        {
            Assert.DoesNotThrow(Check);
        }
        else
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(Check);
            Assert.That(error!.ParamName, Is.EqualTo("level"));
            Assert.That(error.Message, Does.StartWith($"level must be at least 1 and less than 10; {value} was given."));
        }
    }

    [TestCase(0L, false)]
    [TestCase(1L, true)]
    [TestCase(long.MaxValue, true)]
    public void Range_with_an_exclusive_minimum_only(long value, bool allowed)
    {
        void Check() => Arguments.Range(value, minimum: 0, exclusiveMinimum: true, maximum: null, exclusiveMaximum: false, "count");

        if (allowed)
        {
            Assert.DoesNotThrow(Check);
        }
        else
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(Check);
            Assert.That(error!.Message, Does.StartWith("count must be greater than 0; 0 was given."));
        }
    }

    [Test]
    public void Range_with_an_inclusive_maximum_only()
    {
        Assert.DoesNotThrow(() => Arguments.Range(100, minimum: null, exclusiveMinimum: false, maximum: 100, exclusiveMaximum: false, "page"));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Arguments.Range(101, minimum: null, exclusiveMinimum: false, maximum: 100, exclusiveMaximum: false, "page"));
        Assert.That(error!.Message, Does.StartWith("page must be at most 100; 101 was given."));
    }

    [Test]
    public void MaxItems_counts_the_values()
    {
        Assert.That(Arguments.Strings(["a", "b"], minItems: 0, maxItems: 2, uniqueItems: false, itemMinLength: 0, "tags"), Has.Count.EqualTo(2));

        var error = Assert.Throws<ArgumentException>(() => Arguments.Strings(["a", "b", "c"], minItems: 0, maxItems: 2, uniqueItems: false, itemMinLength: 0, "tags"));
        Assert.That(error!.ParamName, Is.EqualTo("tags"));
        Assert.That(error.Message, Does.StartWith("tags takes at most 2 values; 3 given."));
    }

    [Test]
    public void A_negative_maxItems_is_no_limit() =>
        Assert.That(Arguments.Strings(System.Linq.Enumerable.Repeat("a", 50), minItems: 0, maxItems: -1, uniqueItems: false, itemMinLength: 0, "tags"), Has.Count.EqualTo(50));

    [Test]
    public void UniqueItems_compares_ordinally_and_names_the_index_not_the_value()
    {
        Assert.DoesNotThrow(() => Arguments.Strings(["a", "A", "a\u0301", "\u00E1"], minItems: 0, maxItems: -1, uniqueItems: true, itemMinLength: 0, "tags"));

        var error = Assert.Throws<ArgumentException>(() => Arguments.Strings(["secret-1", "b", "secret-1"], minItems: 0, maxItems: -1, uniqueItems: true, itemMinLength: 0, "tags"));
        Assert.That(error!.ParamName, Is.EqualTo("tags"));
        Assert.That(error.Message, Does.StartWith("tags must hold each value once; the value at index 2 repeats an earlier one."));
        Assert.That(error.Message, Does.Not.Contain("secret"));
    }

    [Test]
    public void Repeated_values_pass_without_uniqueItems() =>
        Assert.That(Arguments.Strings(["a", "a"], minItems: 2, maxItems: -1, uniqueItems: false, itemMinLength: 1, "callIds"), Has.Count.EqualTo(2));
}
