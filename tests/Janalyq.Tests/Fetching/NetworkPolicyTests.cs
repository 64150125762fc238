using System.Net;
using Janalyq.Fetching;

namespace Janalyq.Tests.Fetching;

public class NetworkPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.3.4")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:0a00:0001::1")]
    public void Refuses_non_public_addresses(string address) =>
        Assert.False(NetworkPolicy.PublicOnly.IsAllowed(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("95.56.1.1")]
    [InlineData("2a00:1450:4001::1")]
    public void Allows_public_addresses(string address) =>
        Assert.True(NetworkPolicy.PublicOnly.IsAllowed(IPAddress.Parse(address)));

    [Fact]
    public void A_configured_range_is_allowed_and_nothing_more()
    {
        var policy = new NetworkPolicy(["127.0.0.0/27"]);
        Assert.True(policy.IsAllowed(IPAddress.Parse("127.0.0.30")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("127.0.0.32")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("10.0.0.1")));
    }

    [Theory]
    [InlineData("0.0.0.0/0", "IPv4")]
    [InlineData("::/0", "IPv6")]
    public void A_range_of_every_address_is_accepted_with_a_warning(string cidr, string family)
    {
        Assert.True(new NetworkPolicy([cidr]).IsAllowed(IPAddress.Parse(family == "IPv4" ? "169.254.169.254" : "::1")));
        var warning = Assert.Single(NetworkPolicy.Warnings(["127.0.0.1/32", cidr]));
        Assert.Contains($"SSRF guard is off for {family}", warning, StringComparison.Ordinal);
    }
}
