using System;
using NUnit.Framework;
using Webex.Calling.Conference.Http;

namespace Webex.Calling.Conference.Tests;

public class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 21, 7, 28, 0, TimeSpan.Zero);

    [TestCase("0", 0)]
    [TestCase("7", 7)]
    [TestCase(" 30 ", 30)]
    [TestCase("86400", 86400)]
    public void Whole_seconds_are_read(string value, int seconds) =>
        Assert.That(RetryAfterHeader.Parse(value, null, Now), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [Test]
    public void A_date_is_measured_from_the_response_date_when_there_is_one() =>
        Assert.That(
            RetryAfterHeader.Parse("Wed, 21 Oct 2026 07:30:30 GMT", Now.AddMinutes(-10), Now.AddHours(3)),
            Is.EqualTo(TimeSpan.FromSeconds(150) + TimeSpan.FromMinutes(10)));

    [Test]
    public void A_date_is_measured_from_now_without_a_response_date() =>
        Assert.That(RetryAfterHeader.Parse("Wed, 21 Oct 2026 07:30:30 GMT", null, Now), Is.EqualTo(TimeSpan.FromSeconds(150)));

    [Test]
    public void A_date_in_the_past_means_no_wait() =>
        Assert.That(RetryAfterHeader.Parse("Wed, 21 Oct 2026 07:00:00 GMT", null, Now), Is.EqualTo(TimeSpan.Zero));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("rand(30),add(30)")]
    [TestCase("-5")]
    [TestCase("1.5")]
    [TestCase("tomorrow")]
    public void Unreadable_values_are_no_value(string? value) =>
        Assert.That(RetryAfterHeader.Parse(value, null, Now), Is.Null);

    [Test]
    public void A_huge_number_of_seconds_does_not_overflow() =>
        Assert.That(RetryAfterHeader.Parse("99999999999999999", null, Now), Is.EqualTo(TimeSpan.MaxValue));
}
