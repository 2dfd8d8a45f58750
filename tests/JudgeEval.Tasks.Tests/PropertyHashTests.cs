using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

public class PropertyHashTests
{
    [Fact]
    public void Matches_sha256_of_the_length_prefixed_lines()
    {
        // Reference: `printf '1:a\n' | sha256sum` and `printf '' | sha256sum` (coreutils).
        Assert.Equal("6a9960c7d65c78b67d9176fe3fdb1ea38680a864d2243e814adc63e1f5ba3635", PropertyHash.Compute(["a"]));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", PropertyHash.Compute([]));
    }

    [Fact]
    public void Is_stable_and_sensitive_to_value_order_and_boundaries()
    {
        string[] values = ["kappaWarn=0.8", "offline="];
        Assert.Equal(PropertyHash.Compute(values), PropertyHash.Compute([.. values]));
        Assert.NotEqual(PropertyHash.Compute(values), PropertyHash.Compute(["kappaWarn=0.9", "offline="]));
        Assert.NotEqual(PropertyHash.Compute(["a", "bc"]), PropertyHash.Compute(["ab", "c"]));
        Assert.NotEqual(PropertyHash.Compute(["a", "b"]), PropertyHash.Compute(["b", "a"]));
    }
}
