<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="166"/>
        <source>bold text</source>
        <translation>စာလုံးထူ စာသား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="167"/>
        <source>italic text</source>
        <translation>စာလုံးစောင်း စာသား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="273"/>
        <source>New signatory</source>
        <translation>လက်မှတ်ထိုးသူ အသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="351"/>
        <location filename="../../desktop_app/ui/editor.py" line="390"/>
        <source>Letterhead</source>
        <translation>ခေါင်းစီးစာရွက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="351"/>
        <source>Headline &amp;&amp; date</source>
        <translation>ခေါင်းစဉ်နှင့် ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="351"/>
        <source>Body</source>
        <translation>စာကိုယ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="352"/>
        <location filename="../../desktop_app/ui/editor.py" line="387"/>
        <source>Footnotes</source>
        <translation>အောက်ခြေမှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="352"/>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="352"/>
        <location filename="../../desktop_app/ui/editor.py" line="388"/>
        <source>Signatories</source>
        <translation>လက်မှတ်ထိုးသူများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="354"/>
        <source>Letterhead:</source>
        <translation>ခေါင်းစီးစာရွက်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="355"/>
        <source>Label:</source>
        <translation>အမည်တပ်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="356"/>
        <source>Layout:</source>
        <translation>အပြင်အဆင်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="357"/>
        <source>Letterhead's choice</source>
        <translation>ခေါင်းစီးစာရွက်၏ ရွေးချယ်မှု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="357"/>
        <source>Stacked (one language after the other)</source>
        <translation>အစဉ်လိုက် (ဘာသာစကား တစ်ခုပြီး တစ်ခု)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="358"/>
        <source>Parallel columns</source>
        <translation>ယှဉ်တွဲ ကော်လံများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="358"/>
        <source>Burmese only</source>
        <translation>မြန်မာဘာသာသာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="359"/>
        <source>English only</source>
        <translation>အင်္ဂလိပ်ဘာသာသာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="361"/>
        <source>Date:</source>
        <translation>ရက်စွဲ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="362"/>
        <source>Headline:</source>
        <translation>ခေါင်းစဉ်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="363"/>
        <location filename="../../desktop_app/ui/editor.py" line="370"/>
        <location filename="../../desktop_app/ui/editor.py" line="378"/>
        <location filename="../../desktop_app/ui/editor.py" line="381"/>
        <source>Burmese</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="364"/>
        <location filename="../../desktop_app/ui/editor.py" line="370"/>
        <location filename="../../desktop_app/ui/editor.py" line="378"/>
        <location filename="../../desktop_app/ui/editor.py" line="381"/>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="365"/>
        <source>Bold</source>
        <translation>စာလုံးထူ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="366"/>
        <source>Italic</source>
        <translation>စာလုံးစောင်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="367"/>
        <source>Heading</source>
        <translation>ခေါင်းစဉ်ငယ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="368"/>
        <source>Link…</source>
        <translation>လင့်ခ်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="369"/>
        <source>Insert footnote…</source>
        <translation>အောက်ခြေမှတ်စု ထည့်ရန်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="370"/>
        <source>No.</source>
        <translation>စဉ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="370"/>
        <source>Id</source>
        <translation>အမှတ်အသား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="371"/>
        <source>Add footnote…</source>
        <translation>အောက်ခြေမှတ်စု ထည့်ရန်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="372"/>
        <source>Remove footnote</source>
        <translation>အောက်ခြေမှတ်စု ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="373"/>
        <source>Introduction:</source>
        <translation>နိဒါန်း:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="374"/>
        <source>E-mail:</source>
        <translation>အီးမေးလ်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="374"/>
        <source>Phone:</source>
        <translation>ဖုန်း:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="374"/>
        <source>Website:</source>
        <translation>ဝက်ဘ်ဆိုက်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="375"/>
        <source>Signal:</source>
        <translation>Signal:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="379"/>
        <source>Add signatory</source>
        <translation>လက်မှတ်ထိုးသူ ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="380"/>
        <source>Remove signatory</source>
        <translation>လက်မှတ်ထိုးသူ ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="382"/>
        <source>Label</source>
        <translation>အမည်တပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="383"/>
        <source>Headline</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="384"/>
        <source>Contact introduction</source>
        <translation>ဆက်သွယ်ရန် နိဒါန်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="385"/>
        <source>Body (Burmese)</source>
        <translation>စာကိုယ် (မြန်မာ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="386"/>
        <source>Body (English)</source>
        <translation>စာကိုယ် (အင်္ဂလိပ်)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="389"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="391"/>
        <source>Layout</source>
        <translation>အပြင်အဆင်</translation>
    </message>
</context>
<context>
    <name>FootnoteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="82"/>
        <source>Insert footnote</source>
        <translation>အောက်ခြေမှတ်စု ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="85"/>
        <source>New footnote</source>
        <translation>အောက်ခြေမှတ်စု အသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="91"/>
        <source>Footnote</source>
        <translation>အောက်ခြေမှတ်စု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="91"/>
        <source>Footnote id</source>
        <translation>အောက်ခြေမှတ်စု အမှတ်အသား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="92"/>
        <source>Address (URL)</source>
        <translation>လိပ်စာ (URL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="94"/>
        <source>Footnote:</source>
        <translation>အောက်ခြေမှတ်စု:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="95"/>
        <source>Id:</source>
        <translation>အမှတ်အသား:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="96"/>
        <source>Address:</source>
        <translation>လိပ်စာ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="120"/>
        <source>An id is letters, digits, '-', '_' or '.', e.g. pg.</source>
        <translation>အမှတ်အသား (id) တွင် အက္ခရာ၊ ဂဏန်း၊ '-'၊ '_' သို့မဟုတ် '.' သာ ပါရမည်။ ဥပမာ pg။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="122"/>
        <source>There is already a footnote '%1'.</source>
        <translation>'%1' အောက်ခြေမှတ်စု ရှိပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="124"/>
        <source>Not a valid address: %1</source>
        <translation>လိပ်စာ မမှန်ကန်ပါ: %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="132"/>
        <source>Insert link</source>
        <translation>လင့်ခ် ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="136"/>
        <source>Link text</source>
        <translation>လင့်ခ် စာသား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="137"/>
        <source>Address (URL)</source>
        <translation>လိပ်စာ (URL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="138"/>
        <source>Text:</source>
        <translation>စာသား:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="139"/>
        <source>Address:</source>
        <translation>လိပ်စာ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="147"/>
        <source>Not a valid address: %1</source>
        <translation>လိပ်စာ မမှန်ကန်ပါ: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="326"/>
        <source>Preflight: %1 error(s), %2 warning(s)</source>
        <translation>ထုတ်ဝေမီ စစ်ဆေးချက် - အမှား %1 ခု၊ သတိပေးချက် %2 ခု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="331"/>
        <source>Preview not updated: fix the problems listed below</source>
        <translation>နမူနာ မပြင်ရသေးပါ - အောက်ပါ ပြဿနာများကို ပြင်ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="352"/>
        <source>Cannot convert</source>
        <translation>ပြောင်း၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="354"/>
        <source>Convert Zawgyi to Unicode</source>
        <translation>ဇော်ဂျီမှ ယူနီကုဒ်သို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="372"/>
        <source>Insert footnote</source>
        <translation>အောက်ခြေမှတ်စု ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="417"/>
        <source>Cannot open</source>
        <translation>ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="440"/>
        <source>Cannot save</source>
        <translation>သိမ်း၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="445"/>
        <source>Saved %1</source>
        <translation>%1 ကို သိမ်းပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="472"/>
        <location filename="../../desktop_app/ui/mainwindow.py" line="477"/>
        <location filename="../../desktop_app/ui/mainwindow.py" line="489"/>
        <source>Cannot export</source>
        <translation>ထုတ်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="472"/>
        <source>The release has problems:</source>
        <translation>သတင်းထုတ်ပြန်ချက်တွင် ပြဿနာများ ရှိသည်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="478"/>
        <source>Some Burmese is in Zawgyi; convert it to Unicode first.</source>
        <translation>မြန်မာစာ အချို့သည် ဇော်ဂျီ ဖြစ်နေသည်။ ယူနီကုဒ်သို့ အရင် ပြောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="530"/>
        <source>&amp;File</source>
        <translation>ဖိုင် (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="531"/>
        <source>Open &amp;Recent</source>
        <translation>မကြာသေးမီက ဖိုင်များ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="532"/>
        <source>&amp;Edit</source>
        <translation>တည်းဖြတ် (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="533"/>
        <source>&amp;Insert</source>
        <translation>ထည့်သွင်း (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="534"/>
        <source>&amp;View</source>
        <translation>ကြည့်ရှု (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="535"/>
        <source>&amp;New…</source>
        <translation>အသစ် (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="535"/>
        <source>&amp;Open…</source>
        <translation>ဖွင့် (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="536"/>
        <source>&amp;Save</source>
        <translation>သိမ်း (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="536"/>
        <source>Save &amp;As…</source>
        <translation>အမည်သစ်ဖြင့် သိမ်းရန် (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="537"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF ထုတ်ယူရန် (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="538"/>
        <source>Export &amp;DOCX…</source>
        <translation>DOCX ထုတ်ယူရန် (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="539"/>
        <source>Export PDF and DOCX…</source>
        <translation>PDF နှင့် DOCX ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="540"/>
        <source>&amp;Quit</source>
        <translation>ထွက် (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="541"/>
        <source>&amp;Preferences…</source>
        <translation>ဆက်တင်များ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="543"/>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="544"/>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="545"/>
        <source>Preflight</source>
        <translation>ထုတ်ဝေမီ စစ်ဆေးချက်</translation>
    </message>
</context>
<context>
    <name>NewReleaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="55"/>
        <source>New release</source>
        <translation>သတင်းထုတ်ပြန်ချက် အသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="58"/>
        <source>Letterhead</source>
        <translation>ခေါင်းစီးစာရွက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="59"/>
        <source>Burmese</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="60"/>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="63"/>
        <source>Letterhead:</source>
        <translation>ခေါင်းစီးစာရွက်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="64"/>
        <source>Languages:</source>
        <translation>ဘာသာစကားများ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="72"/>
        <source>Choose at least one language.</source>
        <translation>ဘာသာစကား အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="155"/>
        <source>Preferences</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="160"/>
        <source>Interface language</source>
        <translation>အသုံးပြုမှု ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="161"/>
        <source>Interface language:</source>
        <translation>အသုံးပြုမှု ဘာသာစကား:</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../desktop_app/ui/preflight.py" line="23"/>
        <source>Preflight problems</source>
        <translation>ထုတ်ဝေမီ တွေ့ရှိချက်များ</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="173"/>
        <source>Preview of the PDF</source>
        <extracomment>ReportLab keeps module-level state: one render at a time, preview or export. Pause in typing after which the preview re-renders.</extracomment>
        <translation>PDF နမူနာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="174"/>
        <source>Page</source>
        <translation>စာမျက်နှာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="175"/>
        <source>Zoom in</source>
        <translation>ချဲ့ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="176"/>
        <source>Zoom out</source>
        <translation>ချုံ့ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="177"/>
        <source>Fit width</source>
        <translation>အကျယ်အပြည့်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="182"/>
        <source>Updating preview…</source>
        <translation>နမူနာ ပြင်ဆင်နေသည်…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/preview.py" line="215"/>
        <source>of %n page(s)</source>
        <translation><numerusform>စာမျက်နှာ %n မျက်နှာအနက်</numerusform></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="50"/>
        <source>Open release</source>
        <translation>သတင်းထုတ်ပြန်ချက် ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="55"/>
        <source>Save release</source>
        <translation>သတင်းထုတ်ပြန်ချက် သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="63"/>
        <source>Export to folder</source>
        <translation>ဖိုင်တွဲသို့ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="69"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြင်ဆင်ချက်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="70"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>မပိတ်မီ %1 ရှိ ပြင်ဆင်ချက်များကို သိမ်းမလား။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="76"/>
        <source>Exported</source>
        <translation>ထုတ်ယူပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="77"/>
        <source>Written:</source>
        <translation>ရေးသားပြီး:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="79"/>
        <source>Open folder</source>
        <translation>ဖိုင်တွဲ ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="91"/>
        <source>Recover unsaved work</source>
        <translation>မသိမ်းရသေးသော အလုပ်ကို ပြန်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="92"/>
        <source>Thadin was closed without saving %1 (last autosaved %2). Recover it?</source>
        <translation>Thadin (သတင်း) သည် %1 ကို မသိမ်းဘဲ ပိတ်သွားခဲ့သည် (နောက်ဆုံး အလိုအလျောက် သိမ်းချိန် %2)။ ပြန်ယူမလား။</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="79"/>
        <source>an untitled release</source>
        <translation>အမည်မဲ့ သတင်းထုတ်ပြန်ချက်</translation>
    </message>
</context>
<context>
    <name>ZawgyiBar</name>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="128"/>
        <source>The Burmese text entered in %1 looks like Zawgyi, which prints as garbage.</source>
        <translation>%1 တွင် ထည့်ထားသော မြန်မာစာသည် ဇော်ဂျီ ဖြစ်ပုံရသည်။ ပုံနှိပ်ပါက မှားယွင်းစွာ ပေါ်မည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="130"/>
        <source>Convert to Unicode</source>
        <translation>ယူနီကုဒ်သို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="131"/>
        <source>Keep as typed</source>
        <translation>ရိုက်ထားသည့်အတိုင်း ထားရန်</translation>
    </message>
</context>
</TS>