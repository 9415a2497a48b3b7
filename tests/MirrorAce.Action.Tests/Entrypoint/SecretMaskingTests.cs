namespace MirrorAce.Action.Tests.Entrypoint;

public class SecretMaskingTests
{
    [Fact]
    public void A_multi_line_secret_is_masked_line_by_line()
    {
        Assert.Equal(["-----BEGIN KEY-----", "abc", "-----END KEY-----"],
            SecretMasking.MaskedValues("-----BEGIN KEY-----\r\nabc\n\n-----END KEY-----\n"));
    }

    [Fact]
    public void A_single_line_secret_is_masked_without_its_surrounding_whitespace()
    {
        Assert.Equal(["s3cret"], SecretMasking.MaskedValues("  s3cret \n"));
    }

    [Fact]
    public void An_empty_secret_registers_no_mask()
    {
        // "::add-mask::" with nothing after it would make the runner complain on every run without the input.
        Assert.Empty(SecretMasking.MaskedValues(" \n "));
    }

    [Fact]
    public void All_four_secret_inputs_are_masked_and_nothing_else()
    {
        var environment = new Dictionary<string, string>
        {
            ["INPUT_API-KEY"] = "key-1",
            ["INPUT_API-TOKEN"] = "token-2",
            ["INPUT_FILE-PASSWORD"] = "password-3",
            ["INPUT_GITHUB-TOKEN"] = "ghs_4",
            ["INPUT_FILES"] = "dist/*.zip",
            ["INPUT_MIRRORS"] = "1,2",
        };
        var output = new StringWriter();

        SecretMasking.MaskSecretInputs(new ActionInputs(environment.GetValueOrDefault), new WorkflowCommands(output));

        Assert.Equal("::add-mask::key-1\n::add-mask::token-2\n::add-mask::password-3\n::add-mask::ghs_4\n", output.ToString());
    }
}
