# Machine translation: waiting for review by a native speaker.
# نصوص خاصة بهذا الموقع: تحل محل رسائل القالب التي لها المعرّف نفسه.
site-title = الأطفال المتنقلون
