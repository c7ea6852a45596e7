# Machine translation: waiting for review by a native speaker.
# اس ویب سائٹ کی اپنی عبارتیں: یہ تھیم کے انہی شناختی ناموں والے پیغامات کی جگہ لیتی ہیں۔
site-title = نقل مکانی کرنے والے بچے
