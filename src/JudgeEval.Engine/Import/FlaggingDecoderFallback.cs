using System.Text;

namespace JudgeEval.Engine.Import;

/// <summary>Decodes bytes that are not UTF-8 as U+FFFD, like the default, and counts them so a reader can tell.</summary>
internal sealed class FlaggingDecoderFallback : DecoderFallback
{
    int count;

    public int Count => Volatile.Read(ref count);

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    sealed class Buffer(FlaggingDecoderFallback owner) : DecoderFallbackBuffer
    {
        int remaining;

        public override int Remaining => remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            Interlocked.Increment(ref owner.count);
            remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (remaining == 0)
            {
                return '\0';
            }

            remaining--;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (remaining != 0)
            {
                return false;
            }

            remaining = 1;
            return true;
        }

        public override void Reset() => remaining = 0;
    }
}
