using System.Net.Http.Headers;

namespace TipLine.Web.Tests.Intake;

internal static class MultipartFormExtensions
{
    public static MultipartFormDataContent WithFile(this MultipartFormDataContent form, string name, string fileName, string mediaType, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(file, name, fileName);
        return form;
    }
}
