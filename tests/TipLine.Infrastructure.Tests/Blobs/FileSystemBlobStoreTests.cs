using System.Security.Cryptography;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Tests.Support;

namespace TipLine.Infrastructure.Tests.Blobs;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly TemporaryDirectory root = new();
    private readonly FileSystemBlobStore store;

    public FileSystemBlobStoreTests() => store = new FileSystemBlobStore(new BlobStoreOptions(Path.Combine(root.Path, "blobs")));

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task Committed_blob_is_sharded_private_and_reads_back_exactly()
    {
        var content = RandomNumberGenerator.GetBytes(1024 * 1024 + 17);
        string name;
        await using (var pending = await store.CreateAsync())
        {
            name = pending.BlobName;
            Assert.Matches("^[0-9a-f]{32}$", name);
            await pending.Content.WriteAsync(content);
            Assert.False(await store.ExistsAsync(name));
            await pending.CommitAsync();
            Assert.False(pending.Content.CanWrite);
        }

        var expectedPath = Path.Combine(store.RootDirectory, name[..2], name[2..4], name);
        Assert.True(File.Exists(expectedPath));
        Assert.Equal([name], Directory.GetFiles(Path.GetDirectoryName(expectedPath)!).Select(Path.GetFileName));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(expectedPath));
        }

        Assert.True(await store.ExistsAsync(name));
        await using var read = await store.OpenReadAsync(name);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task A_committed_blob_records_only_the_day_it_arrived_not_the_time()
    {
        var dayBefore = DateTime.UtcNow.Date;
        string name;
        await using (var pending = await store.CreateAsync())
        {
            name = pending.BlobName;
            await pending.Content.WriteAsync(RandomNumberGenerator.GetBytes(4096));
            await pending.CommitAsync();
        }

        var path = Path.Combine(store.RootDirectory, name[..2], name[2..4], name);
        var modified = File.GetLastWriteTimeUtc(path);
        Assert.Equal(TimeSpan.Zero, modified.TimeOfDay);
        Assert.InRange(modified, dayBefore, DateTime.UtcNow.Date);
        Assert.Equal(TimeSpan.Zero, File.GetLastAccessTimeUtc(path).TimeOfDay);
    }

    [Fact]
    public async Task Disposing_without_commit_leaves_no_file()
    {
        string name;
        string temporary;
        await using (var pending = await store.CreateAsync())
        {
            name = pending.BlobName;
            temporary = Assert.Single(Directory.GetFiles(store.RootDirectory, "*", SearchOption.AllDirectories));
            await pending.Content.WriteAsync(new byte[] { 1, 2, 3 });
        }

        Assert.False(File.Exists(temporary));
        Assert.False(await store.ExistsAsync(name));
        Assert.Empty(Directory.GetFiles(store.RootDirectory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Commit_twice_is_refused_and_blob_names_are_unique()
    {
        await using var first = await store.CreateAsync();
        await using var second = await store.CreateAsync();
        Assert.NotEqual(first.BlobName, second.BlobName);
        await first.CommitAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => first.CommitAsync());
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("01/3456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcd.f")]
    [InlineData("0123456789abcdef0123456789abcde\0")]
    public async Task Names_that_are_not_32_lower_case_hex_digits_are_refused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(name));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ExistsAsync(name));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(name));
    }

    [Fact]
    public async Task Delete_removes_the_blob_and_deleting_again_is_not_an_error()
    {
        await using var pending = await store.CreateAsync();
        await pending.Content.WriteAsync(new byte[] { 42 });
        await pending.CommitAsync();

        await store.DeleteAsync(pending.BlobName);
        Assert.False(await store.ExistsAsync(pending.BlobName));
        await store.DeleteAsync(pending.BlobName);
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.OpenReadAsync(pending.BlobName));
    }
}
