"""Arabic text processing for quote attribution: pure Python, no Django.

Pipeline: ``article.parse_article`` → ``pipeline.extract_article`` (reported-speech
frames, speaker resolution, claim candidates). Everything here is importable and
testable without Django settings.
"""
