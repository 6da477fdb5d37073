<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="66"/>
        <source>About Thadin</source>
        <translation>Thadin အကြောင်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="68"/>
        <source>Bilingual Burmese and English press releases, composed offline and exported as PDF and DOCX. Thadin never connects to the network.</source>
        <translation>မြန်မာ–အင်္ဂလိပ် နှစ်ဘာသာ သတင်းထုတ်ပြန်ချက်များကို အင်တာနက်မလိုဘဲ ရေးသားပြီး PDF နှင့် DOCX အဖြစ် ထုတ်ယူနိုင်သည်။ Thadin သည် ကွန်ရက်နှင့် ဘယ်တော့မှ မချိတ်ဆက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="70"/>
        <source>Thadin is free software under the Apache License 2.0. It includes Qt, Python and other software under their own licences (Qt under the GNU LGPL version 3, which lets you replace the Qt libraries); their notices are in the second tab.</source>
        <translation>Thadin သည် Apache License 2.0 ဖြင့် ထုတ်ဝေသော လွတ်လပ်သည့် ဆော့ဖ်ဝဲ ဖြစ်သည်။ ၎င်းတွင် Qt၊ Python နှင့် အခြားဆော့ဖ်ဝဲများကို ၎င်းတို့၏ ကိုယ်ပိုင်လိုင်စင်များအတိုင်း ထည့်သွင်းထားသည် (Qt သည် GNU LGPL ဗားရှင်း ၃ ဖြစ်ပြီး Qt စာကြည့်တိုက်များကို အစားထိုးခွင့် ပေးသည်)။ ၎င်းတို့၏ အသိပေးချက်များကို ဒုတိယ တဘ်တွင် ဖတ်ရှုနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="75"/>
        <source>The third-party notices are missing from this installation.</source>
        <translation>ဤထည့်သွင်းမှုတွင် ပြင်ပဆော့ဖ်ဝဲ အသိပေးချက်များ မပါဝင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="76"/>
        <source>Licence</source>
        <translation>လိုင်စင်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="77"/>
        <source>Third-party notices</source>
        <translation>ပြင်ပဆော့ဖ်ဝဲ အသိပေးချက်များ</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="76"/>
        <source>Something went wrong inside Thadin.</source>
        <translation>Thadin အတွင်း တစ်ခုခု မှားယွင်းသွားသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="77"/>
        <source>Your text is safe: it was saved just now and will be offered back if Thadin has to close.</source>
        <translation>သင့်စာသား လုံခြုံပါသည် - ယခုပင် သိမ်းထားပြီး Thadin ပိတ်သွားပါက ပြန်လည် ပေးပါမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="79"/>
        <source>Please save your work now (File ▸ Save As) and restart Thadin.</source>
        <translation>ကျေးဇူးပြု၍ သင့်အလုပ်ကို ယခု သိမ်းပါ (ဖိုင် ▸ အမည်သစ်ဖြင့် သိမ်းရန်) ပြီးလျှင် Thadin ကို ပြန်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="80"/>
        <source>Unexpected error</source>
        <translation>မမျှော်လင့်သော အမှား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="85"/>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
</context>
<context>
    <name>DatesLineEditor</name>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="305"/>
        <source>Change line style</source>
        <translation>စာကြောင်းပုံစံ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="324"/>
        <source>Days:</source>
        <translation>ရက်များ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="325"/>
        <source>Style:</source>
        <translation>ပုံစံ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="326"/>
        <location filename="../../desktop_app/ui/designer_parts.py" line="345"/>
        <source>Add day</source>
        <translation>ရက် ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="327"/>
        <location filename="../../desktop_app/ui/designer_parts.py" line="352"/>
        <source>Remove day</source>
        <translation>ရက် ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="328"/>
        <source>Day to add</source>
        <translation>ထည့်မည့်ရက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="329"/>
        <source>The days are printed in every language of the letterhead; days of one month are grouped, as in 29th, 30th, 31st January 2024.</source>
        <translation>ရက်များကို ခေါင်းစီးစာရွက်၏ ဘာသာစကားတိုင်းဖြင့် ရိုက်နှိပ်မည်။ လတစ်လ၏ ရက်များကို ဇန်နဝါရီလ ၂၉၊ ၃၀၊ ၃၁ ရက် ၂၀၂၄ ခုနှစ် ကဲ့သို့ စုပေါင်းဖော်ပြမည်။</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="241"/>
        <source>A phone number needs its digits.</source>
        <translation>ဖုန်းနံပါတ်တွင် ဂဏန်းများ ပါရပါမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="264"/>
        <source>New signatory</source>
        <translation>လက်မှတ်ထိုးသူ အသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="342"/>
        <location filename="../../desktop_app/ui/editor.py" line="382"/>
        <source>Letterhead</source>
        <translation>ခေါင်းစီးစာရွက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="342"/>
        <source>Headline &amp;&amp; date</source>
        <translation>ခေါင်းစဉ်နှင့် ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="342"/>
        <source>Body</source>
        <translation>စာကိုယ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="343"/>
        <source>Footnotes</source>
        <translation>အောက်ခြေမှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="343"/>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="343"/>
        <location filename="../../desktop_app/ui/editor.py" line="380"/>
        <source>Signatories</source>
        <translation>လက်မှတ်ထိုးသူများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="347"/>
        <source>Earlier tabs</source>
        <translation>ယခင် တက်ဘ်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="347"/>
        <source>Later tabs</source>
        <translation>နောက် တက်ဘ်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="348"/>
        <source>Letterhead:</source>
        <translation>ခေါင်းစီးစာရွက်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="349"/>
        <source>Label:</source>
        <translation>အမည်တပ်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="350"/>
        <source>Layout:</source>
        <translation>အပြင်အဆင်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="351"/>
        <source>Letterhead&apos;s choice</source>
        <translation>ခေါင်းစီးစာရွက်၏ ရွေးချယ်မှု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="351"/>
        <source>Stacked (one language after the other)</source>
        <translation>အစဉ်လိုက် (ဘာသာစကား တစ်ခုပြီး တစ်ခု)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="352"/>
        <source>Parallel columns</source>
        <translation>ယှဉ်တွဲ ကော်လံများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="352"/>
        <source>Burmese only</source>
        <translation>မြန်မာဘာသာသာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="353"/>
        <source>English only</source>
        <translation>အင်္ဂလိပ်ဘာသာသာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="355"/>
        <source>Date:</source>
        <translation>ရက်စွဲ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="356"/>
        <source>Headline:</source>
        <translation>ခေါင်းစဉ်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="357"/>
        <location filename="../../desktop_app/ui/editor.py" line="371"/>
        <location filename="../../desktop_app/ui/editor.py" line="374"/>
        <source>Burmese</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="358"/>
        <location filename="../../desktop_app/ui/editor.py" line="371"/>
        <location filename="../../desktop_app/ui/editor.py" line="374"/>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="359"/>
        <source>Bold</source>
        <translation>စာလုံးထူ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="360"/>
        <source>Italic</source>
        <translation>စာလုံးစောင်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="361"/>
        <source>Heading</source>
        <translation>ခေါင်းစဉ်ငယ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="362"/>
        <source>Link…</source>
        <translation>လင့်ခ်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="363"/>
        <source>Insert footnote…</source>
        <translation>အောက်ခြေမှတ်စု ထည့်ရန်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="365"/>
        <source>Introduction:</source>
        <translation>နိဒါန်း:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="366"/>
        <source>E-mail:</source>
        <translation>အီးမေးလ်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="366"/>
        <source>Phone:</source>
        <translation>ဖုန်း:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="366"/>
        <source>Website:</source>
        <translation>ဝက်ဘ်ဆိုက်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="367"/>
        <source>Signal:</source>
        <translation>Signal:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="372"/>
        <source>Add signatory</source>
        <translation>လက်မှတ်ထိုးသူ ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="373"/>
        <source>Remove signatory</source>
        <translation>လက်မှတ်ထိုးသူ ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="375"/>
        <source>Label</source>
        <translation>အမည်တပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="376"/>
        <source>Headline</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="377"/>
        <source>Contact introduction</source>
        <translation>ဆက်သွယ်ရန် နိဒါန်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="378"/>
        <source>Body (Burmese)</source>
        <translation>စာကိုယ် (မြန်မာ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="379"/>
        <source>Body (English)</source>
        <translation>စာကိုယ် (အင်္ဂလိပ်)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="381"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor.py" line="383"/>
        <source>Layout</source>
        <translation>အပြင်အဆင်</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="94"/>
        <source>New event letterhead</source>
        <translation>အခမ်းအနား ခေါင်းစီးစာရွက်အသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="104"/>
        <source>e.g. Invitation Only</source>
        <translation>ဥပမာ - Invitation Only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="111"/>
        <source>Add day</source>
        <translation>ရက် ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="111"/>
        <source>Remove day</source>
        <translation>ရက် ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="122"/>
        <source>Based on:</source>
        <translation>အခြေခံသည့် ခေါင်းစီးစာရွက် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="123"/>
        <source>Event name, Burmese:</source>
        <translation>အခမ်းအနားအမည်၊ မြန်မာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="124"/>
        <source>Event name, English:</source>
        <translation>အခမ်းအနားအမည်၊ အင်္ဂလိပ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="125"/>
        <source>Note line, Burmese:</source>
        <translation>မှတ်ချက်စာကြောင်း၊ မြန်မာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="126"/>
        <source>Note line, English:</source>
        <translation>မှတ်ချက်စာကြောင်း၊ အင်္ဂလိပ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="127"/>
        <source>Event days:</source>
        <translation>အခမ်းအနားရက်များ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="132"/>
        <source>Create</source>
        <translation>ဖန်တီးရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="153"/>
        <source>Give the event&apos;s name in at least one language.</source>
        <translation>အခမ်းအနားအမည်ကို အနည်းဆုံး ဘာသာစကားတစ်ခုဖြင့် ရေးပါ။</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="46"/>
        <location filename="../../desktop_app/ui/exporting.py" line="57"/>
        <source>Preparing…</source>
        <translation>ပြင်ဆင်နေသည်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="42"/>
        <source>Done</source>
        <translation>ပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="44"/>
        <source>Laying out the %1…</source>
        <translation>%1 ကို စီစဉ်နေသည်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="47"/>
        <source>Saving the files…</source>
        <translation>ဖိုင်များကို သိမ်းနေသည်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exporting.py" line="53"/>
        <source>Exporting</source>
        <translation>ထုတ်ယူနေသည်</translation>
    </message>
</context>
<context>
    <name>FootnoteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="83"/>
        <source>Insert footnote</source>
        <translation>အောက်ခြေမှတ်စု ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="84"/>
        <source>A new footnote</source>
        <translation>အောက်ခြေမှတ်စု အသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="85"/>
        <source>A footnote already in the text</source>
        <translation>စာထဲတွင် ရှိပြီးသား အောက်ခြေမှတ်စု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="96"/>
        <source>Partner link</source>
        <translation>မိတ်ဖက်အဖွဲ့ လင့်ခ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="96"/>
        <source>Burmese text</source>
        <translation>မြန်မာစာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="97"/>
        <source>English text</source>
        <translation>အင်္ဂလိပ်စာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="97"/>
        <source>Footnote to cite</source>
        <translation>ကိုးကားမည့် အောက်ခြေမှတ်စု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="100"/>
        <source>Partner link:</source>
        <translation>မိတ်ဖက်အဖွဲ့ လင့်ခ်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="101"/>
        <source>Burmese text:</source>
        <translation>မြန်မာစာ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="102"/>
        <source>English text:</source>
        <translation>အင်္ဂလိပ်စာ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="144"/>
        <source>Give the footnote a partner link or a text.</source>
        <translation>အောက်ခြေမှတ်စုတွင် မိတ်ဖက်အဖွဲ့ လင့်ခ် သို့မဟုတ် စာသား ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="104"/>
        <source>Footnote:</source>
        <translation>အောက်ခြေမှတ်စု:</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="108"/>
        <source>&amp;Help</source>
        <translation>အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="109"/>
        <source>&amp;About Thadin</source>
        <translation>Thadin အကြောင်း (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ImageBox</name>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="75"/>
        <source>Import image…</source>
        <extracomment>``edit(description, action, merge_key=&quot;&quot;)``: the designer applies *action* as one undo step. Below this many pixels per inch a printed banner looks soft. Screen pixels per printed millimetre in the image box (the box shows the print size at 1:1 on a 96 dpi screen).</extracomment>
        <translation>ပုံ ထည့်သွင်းရန်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="76"/>
        <source>Remove image</source>
        <translation>ပုံ ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="77"/>
        <source>Banner image at print size</source>
        <translation>ပုံနှိပ်အရွယ်အစားဖြင့် နဖူးစည်းပုံ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="87"/>
        <source>No image: the banner is its text lines only.</source>
        <translation>ပုံမရှိပါ - နဖူးစည်းတွင် စာကြောင်းများသာ ပါမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="98"/>
        <source>%1 × %2 pixels, printed %3 × %4 mm: %5 pixels per inch.</source>
        <translation>ပစ်ဇယ် %1 × %2၊ ပုံနှိပ်အရွယ် %3 × %4 မီလီမီတာ - တစ်လက်မလျှင် ပစ်ဇယ် %5။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="102"/>
        <source>It will print soft; an image at least %1 pixels wide prints sharply.</source>
        <translation>ပုံနှိပ်လျှင် ဝါးနေမည်။ အနံ ပစ်ဇယ် %1 အနည်းဆုံးရှိသော ပုံသည် ပြတ်ပြတ်သားသား ထွက်မည်။</translation>
    </message>
</context>
<context>
    <name>LetterheadDesigner</name>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="165"/>
        <source>Rename letterhead</source>
        <extracomment>The release shown on the letterhead when the designer is opened on its own. The last revision the preview worker has finished with (shown or refused).</extracomment>
        <translation>ခေါင်းစီးစာရွက် အမည်ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="171"/>
        <source>Change languages</source>
        <translation>ဘာသာစကားများ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="183"/>
        <source>Remove image</source>
        <translation>ပုံ ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="201"/>
        <source>Edit label</source>
        <translation>အညွှန်း ပြင်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="201"/>
        <source>Edit footer</source>
        <translation>အောက်ခြေစာ ပြင်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="218"/>
        <source>Change paper size</source>
        <translation>စာရွက်အရွယ် ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="228"/>
        <source>Change margins</source>
        <translation>အနားသတ်များ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="242"/>
        <source>Change font</source>
        <translation>ဖောင့် ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="282"/>
        <source>&amp;Letterhead</source>
        <translation>ခေါင်းစီးစာရွက် (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="283"/>
        <source>&amp;Edit</source>
        <translation>ပြင်ဆင်ရန် (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="284"/>
        <source>Letterhead tools</source>
        <translation>ခေါင်းစီးစာရွက် ကိရိယာများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="285"/>
        <source>&amp;Save letterhead</source>
        <translation>ခေါင်းစီးစာရွက် သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="286"/>
        <source>&amp;Close designer</source>
        <translation>ဒီဇိုင်းဆွဲကိရိယာ ပိတ်ရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="288"/>
        <source>Letterhead</source>
        <translation>ခေါင်းစီးစာရွက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="289"/>
        <source>Name:</source>
        <translation>အမည် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="289"/>
        <source>File name:</source>
        <translation>ဖိုင်အမည် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="290"/>
        <source>Languages:</source>
        <translation>ဘာသာစကားများ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="292"/>
        <source>e.g. the organisation&apos;s or the event&apos;s name</source>
        <translation>ဥပမာ - အဖွဲ့အစည်း သို့မဟုတ် အခမ်းအနား၏ အမည်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="293"/>
        <source>Releases name their letterhead by this; use letters, digits and hyphens.</source>
        <translation>ထုတ်ပြန်ချက်များက ခေါင်းစီးစာရွက်ကို ဤအမည်ဖြင့် ရည်ညွှန်းသည်။ အက္ခရာ၊ ဂဏန်းနှင့် တုံးတိုများကို သုံးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="295"/>
        <source>Burmese, then English</source>
        <translation>မြန်မာ၊ ပြီးလျှင် အင်္ဂလိပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="295"/>
        <source>English, then Burmese</source>
        <translation>အင်္ဂလိပ်၊ ပြီးလျှင် မြန်မာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="296"/>
        <source>Burmese only</source>
        <translation>မြန်မာသာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="296"/>
        <source>English only</source>
        <translation>အင်္ဂလိပ်သာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="298"/>
        <location filename="../../desktop_app/ui/designer.py" line="374"/>
        <source>Banner image</source>
        <translation>နဖူးစည်းပုံ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="300"/>
        <source>Banner lines (printed under the image on every page)</source>
        <translation>နဖူးစည်းစာကြောင်းများ (စာမျက်နှာတိုင်းတွင် ပုံအောက်၌ ရိုက်နှိပ်မည်)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="302"/>
        <source>Label and footer</source>
        <translation>အညွှန်းနှင့် အောက်ခြေစာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="303"/>
        <source>Label, Burmese:</source>
        <translation>အညွှန်း၊ မြန်မာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="303"/>
        <source>Label, English:</source>
        <translation>အညွှန်း၊ အင်္ဂလိပ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="304"/>
        <source>Footer, Burmese:</source>
        <translation>အောက်ခြေစာ၊ မြန်မာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="304"/>
        <source>Footer, English:</source>
        <translation>အောက်ခြေစာ၊ အင်္ဂလိပ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="307"/>
        <source>In the footer, {page} becomes the page number and {pages} the number of pages.</source>
        <translation>အောက်ခြေစာတွင် {page} သည် စာမျက်နှာနံပါတ်၊ {pages} သည် စာမျက်နှာ စုစုပေါင်း ဖြစ်လာမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="309"/>
        <source>Page</source>
        <translation>စာမျက်နှာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="310"/>
        <source>Paper:</source>
        <translation>စာရွက် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="310"/>
        <source>Top margin:</source>
        <translation>အပေါ် အနားသတ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="311"/>
        <source>Bottom margin:</source>
        <translation>အောက် အနားသတ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="311"/>
        <source>Left margin:</source>
        <translation>ဘယ် အနားသတ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="312"/>
        <source>Right margin:</source>
        <translation>ညာ အနားသတ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="314"/>
        <source>Fonts</source>
        <translation>ဖောင့်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="315"/>
        <source>Burmese text:</source>
        <translation>မြန်မာစာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="316"/>
        <source>English text:</source>
        <translation>အင်္ဂလိပ်စာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="325"/>
        <source>Undo %1</source>
        <translation>နောက်ပြန်ရန် %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="326"/>
        <source>Redo %1</source>
        <translation>ပြန်လုပ်ရန် %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="366"/>
        <source>Import banner image</source>
        <translation>နဖူးစည်းပုံ ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="367"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>ပုံများ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="375"/>
        <source>This image cannot be used as a banner.</source>
        <translation>ဤပုံကို နဖူးစည်းအဖြစ် သုံး၍မရပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="377"/>
        <source>Import image</source>
        <translation>ပုံ ထည့်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="410"/>
        <source>Give the letterhead a name.</source>
        <translation>ခေါင်းစီးစာရွက်ကို အမည်ပေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="414"/>
        <source>Banner line %1: add at least one day.</source>
        <translation>နဖူးစည်းစာကြောင်း %1 - အနည်းဆုံး ရက်တစ်ရက် ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="416"/>
        <source>Banner line %1 has no text: type it, or remove the line.</source>
        <translation>နဖူးစည်းစာကြောင်း %1 တွင် စာမရှိပါ - စာရိုက်ပါ သို့မဟုတ် စာကြောင်းကို ဖယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="417"/>
        <source>Banner line %1 contains a character that cannot be printed.</source>
        <translation>နဖူးစည်းစာကြောင်း %1 တွင် ရိုက်နှိပ်၍မရသော စာလုံး ပါနေသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="419"/>
        <source>The banner image cannot be used; import it again.</source>
        <translation>နဖူးစည်းပုံကို သုံး၍မရပါ - ပြန်ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="421"/>
        <source>The label or footer contains a character that cannot be printed.</source>
        <translation>အညွှန်း သို့မဟုတ် အောက်ခြေစာတွင် ရိုက်နှိပ်၍မရသော စာလုံး ပါနေသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="422"/>
        <source>This letterhead cannot be saved as it is.</source>
        <translation>ဤခေါင်းစီးစာရွက်ကို ယခုအတိုင်း သိမ်း၍မရပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="427"/>
        <source>Not possible in a letterhead: %1.</source>
        <translation>ခေါင်းစီးစာရွက်တွင် မဖြစ်နိုင်ပါ - %1။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="457"/>
        <source>The preview shows the last version that could be printed.</source>
        <translation>နမူနာသည် ရိုက်နှိပ်နိုင်ခဲ့သော နောက်ဆုံးမူကို ပြနေသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="465"/>
        <source>A file name cannot contain / \ : * ? &quot; &lt; &gt; | or start with a dot.</source>
        <translation>ဖိုင်အမည်တွင် / \ : * ? &quot; &lt; &gt; | မပါရ၊ အစက်ဖြင့် မစရ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="476"/>
        <location filename="../../desktop_app/ui/designer.py" line="479"/>
        <source>The letterhead was not saved:</source>
        <translation>ခေါင်းစီးစာရွက်ကို မသိမ်းရသေးပါ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="492"/>
        <source>“%1” ships with Thadin. Your letterhead will be used instead of it on this computer.</source>
        <translation>“%1” သည် သတင်းနှင့်အတူ ပါလာသည်။ ဤကွန်ပျူတာတွင် ၎င်းအစား သင့်ခေါင်းစီးစာရွက်ကို သုံးမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="493"/>
        <source>A letterhead “%1” exists already. Replace it?</source>
        <translation>“%1” ခေါင်းစီးစာရွက် ရှိပြီးသားဖြစ်သည်။ အစားထိုးမလား။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="494"/>
        <source>Replace letterhead</source>
        <translation>ခေါင်းစီးစာရွက် အစားထိုးရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="495"/>
        <source>Replace</source>
        <translation>အစားထိုးရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="496"/>
        <location filename="../../desktop_app/ui/designer.py" line="522"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="502"/>
        <source>Letterhead designer</source>
        <translation>ခေါင်းစီးစာရွက် ဒီဇိုင်းဆွဲကိရိယာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="503"/>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="507"/>
        <source>New letterhead</source>
        <translation>ခေါင်းစီးစာရွက်အသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="509"/>
        <source>%1 — Letterhead designer</source>
        <translation>%1 — ခေါင်းစီးစာရွက် ဒီဇိုင်းဆွဲကိရိယာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="518"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြင်ဆင်ချက်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="519"/>
        <source>Save the changes to this letterhead?</source>
        <translation>ဤခေါင်းစီးစာရွက်၏ ပြင်ဆင်ချက်များကို သိမ်းမလား။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="520"/>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer.py" line="521"/>
        <source>Don&apos;t save</source>
        <translation>မသိမ်းပါ</translation>
    </message>
</context>
<context>
    <name>Letterheads</name>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="50"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="376"/>
        <source>Recover letterhead</source>
        <translation>ခေါင်းစီးစာရွက် ပြန်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="377"/>
        <source>Thadin was closed while the letterhead “%1” was being designed. Recover it?</source>
        <translation>“%1” ခေါင်းစီးစာရွက်ကို ဒီဇိုင်းဆွဲနေစဉ် သတင်း ပိတ်သွားခဲ့သည်။ ပြန်ယူမလား။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="379"/>
        <source>untitled</source>
        <translation>အမည်မဲ့</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="381"/>
        <source>Recover</source>
        <translation>ပြန်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="382"/>
        <source>Discard</source>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
</context>
<context>
    <name>LetterheadsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="209"/>
        <location filename="../../desktop_app/ui/letterheads.py" line="357"/>
        <location filename="../../desktop_app/ui/letterheads.py" line="362"/>
        <source>Letterheads</source>
        <translation>ခေါင်းစီးစာရွက်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="210"/>
        <source>New letterhead…</source>
        <translation>ခေါင်းစီးစာရွက်အသစ်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="211"/>
        <source>New event letterhead…</source>
        <translation>အခမ်းအနား ခေါင်းစီးစာရွက်အသစ်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="212"/>
        <source>Open in designer</source>
        <translation>ဒီဇိုင်းဆွဲကိရိယာတွင် ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="213"/>
        <source>Duplicate</source>
        <translation>မိတ္တူပွားရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="214"/>
        <source>Rename…</source>
        <translation>အမည်ပြောင်းရန်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="215"/>
        <source>Delete…</source>
        <translation>ဖျက်ရန်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="216"/>
        <source>Save a copy beside this release</source>
        <translation>ဤထုတ်ပြန်ချက်ဘေးတွင် မိတ္တူသိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="217"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="218"/>
        <source>Letterheads that ship with Thadin cannot be changed: opening one in the designer makes your own copy.</source>
        <translation>သတင်းနှင့်အတူ ပါလာသော ခေါင်းစီးစာရွက်များကို ပြင်၍မရပါ - ဒီဇိုင်းဆွဲကိရိယာတွင် ဖွင့်လျှင် သင့်ကိုယ်ပိုင် မိတ္တူ ဖြစ်လာမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="227"/>
        <source>%1 · %2 (ships with Thadin)</source>
        <translation>%1 · %2 (သတင်းနှင့်အတူ ပါလာသည်)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="291"/>
        <source>“%1” cannot be opened: the file is damaged.</source>
        <translation>“%1” ကို ဖွင့်၍မရပါ - ဖိုင် ပျက်စီးနေသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="303"/>
        <source>Duplicate letterhead</source>
        <translation>ခေါင်းစီးစာရွက် မိတ္တူပွားရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="312"/>
        <source>Rename letterhead</source>
        <translation>ခေါင်းစီးစာရွက် အမည်ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="321"/>
        <source>Delete letterhead</source>
        <translation>ခေါင်းစီးစာရွက် ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="322"/>
        <source>Delete the letterhead “%1”? Releases that use it will ask for another one.</source>
        <translation>“%1” ခေါင်းစီးစာရွက်ကို ဖျက်မလား။ ၎င်းကိုသုံးသော ထုတ်ပြန်ချက်များက အခြားတစ်ခုကို ရွေးခိုင်းမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="324"/>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="325"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="344"/>
        <source>Saved beside the release: mail the release together with the letterhead file and its image.</source>
        <translation>ထုတ်ပြန်ချက်ဘေးတွင် သိမ်းပြီးပါပြီ - ထုတ်ပြန်ချက်ကို ခေါင်းစီးစာရွက်ဖိုင်နှင့် ၎င်း၏ပုံတို့နှင့်အတူ ပို့ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="352"/>
        <source>That did not work:</source>
        <translation>မအောင်မြင်ပါ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="358"/>
        <location filename="../../desktop_app/ui/letterheads.py" line="363"/>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
</context>
<context>
    <name>LetterheadsHook</name>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="446"/>
        <source>&amp;Letterheads…</source>
        <translation>ခေါင်းစီးစာရွက်များ (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="492"/>
        <source>Choose letterhead</source>
        <translation>ခေါင်းစီးစာရွက် ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>LineStyles</name>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="229"/>
        <source>Normal</source>
        <translation>ပုံမှန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="230"/>
        <source>Subtitle (italic)</source>
        <translation>ခေါင်းစဉ်ခွဲ (စာလုံးစောင်း)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="231"/>
        <source>Title (large, bold)</source>
        <translation>ခေါင်းစဉ် (စာလုံးကြီး၊ စာလုံးထူ)</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="154"/>
        <location filename="../../desktop_app/ui/designer_parts.py" line="202"/>
        <source>Add text line</source>
        <translation>စာကြောင်း ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="155"/>
        <location filename="../../desktop_app/ui/designer_parts.py" line="202"/>
        <source>Add dates line</source>
        <translation>ရက်စွဲစာကြောင်း ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="156"/>
        <source>Move up</source>
        <translation>အပေါ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="157"/>
        <source>Move down</source>
        <translation>အောက်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="158"/>
        <location filename="../../desktop_app/ui/designer_parts.py" line="216"/>
        <source>Remove line</source>
        <translation>စာကြောင်း ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="159"/>
        <source>Banner lines</source>
        <translation>နဖူးစည်းစာကြောင်းများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="160"/>
        <source>Choose a line to edit it, or add one.</source>
        <translation>ပြင်ရန် စာကြောင်းတစ်ကြောင်းကို ရွေးပါ သို့မဟုတ် အသစ်ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="210"/>
        <source>Move line</source>
        <translation>စာကြောင်း ရွှေ့ရန်</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="153"/>
        <source>Insert link</source>
        <translation>လင့်ခ် ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="157"/>
        <source>Link text</source>
        <translation>လင့်ခ် စာသား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="158"/>
        <source>Address (URL)</source>
        <translation>လိပ်စာ (URL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="159"/>
        <source>Text:</source>
        <translation>စာသား:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="160"/>
        <source>Address:</source>
        <translation>လိပ်စာ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="168"/>
        <source>Type the address the link opens.</source>
        <translation>လင့်ခ် ဖွင့်မည့် လိပ်စာကို ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="31"/>
        <source>This address holds invisible direction characters (%1) that can make it show a different address from the one it opens. Type it again.</source>
        <translation>ဤလိပ်စာတွင် မမြင်ရသော စာကြောင်းဦးတည်ချက် အက္ခရာများ (%1) ပါနေပြီး ဖွင့်မည့်လိပ်စာနှင့် မတူသော လိပ်စာကို ပြသစေနိုင်သည်။ ပြန်ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="35"/>
        <source>A web address starts with https://… — copy it from the browser&apos;s address bar.</source>
        <translation>ဝဘ်လိပ်စာသည် https://… ဖြင့် စတင်သည် — ဘရောက်ဇာ၏ လိပ်စာဘားမှ ကူးယူပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="36"/>
        <source>Only web and e-mail addresses can be links.</source>
        <translation>ဝဘ်လိပ်စာနှင့် အီးမေးလ်လိပ်စာများသာ လင့်ခ် ဖြစ်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="37"/>
        <source>An address cannot contain spaces.</source>
        <translation>လိပ်စာတွင် ကွက်လပ် မပါရပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="38"/>
        <source>This is not a complete e-mail address.</source>
        <translation>ဤသည်မှာ ပြည့်စုံသော အီးမေးလ်လိပ်စာ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="39"/>
        <source>This web address has no site name.</source>
        <translation>ဤဝဘ်လိပ်စာတွင် ဆိုက်အမည် မပါပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="40"/>
        <source>This is not a valid web address.</source>
        <translation>ဤသည်မှာ မှန်ကန်သော ဝဘ်လိပ်စာ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="56"/>
        <source>This link opens %1, not the site written before the &apos;@&apos;. Check the address with the partner.</source>
        <translation>ဤလင့်ခ်သည် &apos;@&apos; ရှေ့တွင် ရေးထားသော ဆိုက်ကို မဟုတ်ဘဲ %1 ကို ဖွင့်ပါသည်။ လိပ်စာကို မိတ်ဖက်အဖွဲ့နှင့် စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="59"/>
        <source>The site name mixes letters of different alphabets (%1): it may imitate another site. Check the address with the partner.</source>
        <translation>ဆိုက်အမည်တွင် မတူညီသော အက္ခရာစနစ်များ ရောနှောနေသည် (%1)၊ အခြားဆိုက်တစ်ခုကို အတုယူထားခြင်း ဖြစ်နိုင်သည်။ လိပ်စာကို မိတ်ဖက်အဖွဲ့နှင့် စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/linkwords.py" line="63"/>
        <source>This e-mail link also fills in %1; only a subject is expected.</source>
        <translation>ဤအီးမေးလ်လင့်ခ်သည် %1 ကိုပါ ဖြည့်ပေးပါသည်၊ အကြောင်းအရာ တစ်ခုတည်းသာ ရှိသင့်သည်။</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="507"/>
        <source>Preflight: %1 error(s), %2 warning(s)</source>
        <translation>ထုတ်ဝေမီ စစ်ဆေးချက် - အမှား %1 ခု၊ သတိပေးချက် %2 ခု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="408"/>
        <source>Preparing the preview of this release…</source>
        <translation>ဤထုတ်ပြန်ချက်၏ နမူနာကို ပြင်ဆင်နေသည်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="255"/>
        <source>The automatic copy of your text could not be written; save your work now.</source>
        <translation>သင့်စာသား၏ အလိုအလျောက် မိတ္တူကို သိမ်း၍ မရပါ။ ယခုပင် သိမ်းဆည်းပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="465"/>
        <source>This preview is out of date: the text has problems (listed below). Fix them and the preview follows.</source>
        <translation>ဤနမူနာသည် နောက်ဆုံးစာသားနှင့် မကိုက်ညီပါ - စာသားတွင် ပြဿနာများ ရှိသည် (အောက်တွင် ဖော်ပြထားသည်)။ ပြင်ပြီးလျှင် နမူနာ ပြန်လည်ပြသမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="503"/>
        <source>Repair Burmese typing</source>
        <translation>မြန်မာစာ ရိုက်မှား ပြင်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="529"/>
        <source>Cannot convert</source>
        <translation>ပြောင်း၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="531"/>
        <source>Convert Zawgyi to Unicode</source>
        <translation>ဇော်ဂျီမှ ယူနီကုဒ်သို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="548"/>
        <source>Insert footnote</source>
        <translation>အောက်ခြေမှတ်စု ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="552"/>
        <source>Add footnote</source>
        <translation>အောက်ခြေမှတ်စု အသစ်ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="599"/>
        <source>Cannot open</source>
        <translation>ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="622"/>
        <source>Cannot save</source>
        <translation>သိမ်း၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="627"/>
        <source>Saved %1</source>
        <translation>%1 ကို သိမ်းပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="653"/>
        <location filename="../../desktop_app/ui/mainwindow.py" line="656"/>
        <location filename="../../desktop_app/ui/mainwindow.py" line="670"/>
        <source>Cannot export</source>
        <translation>ထုတ်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="653"/>
        <source>The release has problems:</source>
        <translation>သတင်းထုတ်ပြန်ချက်တွင် ပြဿနာများ ရှိသည်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="657"/>
        <source>Some Burmese is in Zawgyi; convert it to Unicode first.</source>
        <translation>မြန်မာစာ အချို့သည် ဇော်ဂျီ ဖြစ်နေသည်။ ယူနီကုဒ်သို့ အရင် ပြောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="725"/>
        <source>&amp;File</source>
        <translation>ဖိုင် (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="726"/>
        <source>Open &amp;Recent</source>
        <translation>မကြာသေးမီက ဖိုင်များ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="727"/>
        <source>&amp;Edit</source>
        <translation>တည်းဖြတ် (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="728"/>
        <source>&amp;Insert</source>
        <translation>ထည့်သွင်း (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="729"/>
        <source>&amp;View</source>
        <translation>ကြည့်ရှု (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="730"/>
        <source>&amp;New…</source>
        <translation>အသစ် (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="730"/>
        <source>&amp;Open…</source>
        <translation>ဖွင့် (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="731"/>
        <source>&amp;Save</source>
        <translation>သိမ်း (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="731"/>
        <source>Save &amp;As…</source>
        <translation>အမည်သစ်ဖြင့် သိမ်းရန် (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="732"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF ထုတ်ယူရန် (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="733"/>
        <source>Export &amp;DOCX…</source>
        <translation>DOCX ထုတ်ယူရန် (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="734"/>
        <source>Export PDF and DOCX…</source>
        <translation>PDF နှင့် DOCX ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="735"/>
        <source>&amp;Quit</source>
        <translation>ထွက် (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="736"/>
        <source>&amp;Preferences…</source>
        <translation>ဆက်တင်များ (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="738"/>
        <source>&amp;Undo</source>
        <translation>နောက်ပြန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="739"/>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="740"/>
        <source>Preflight</source>
        <translation>ထုတ်ဝေမီ စစ်ဆေးချက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="741"/>
        <source>Detach</source>
        <translation>သီးခြားဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="742"/>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="746"/>
        <source>Preflight problems</source>
        <translation>ထုတ်ဝေမီ တွေ့ရှိချက်များ</translation>
    </message>
</context>
<context>
    <name>MissingLetterheadDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="401"/>
        <source>Letterhead not found</source>
        <translation>ခေါင်းစီးစာရွက် မတွေ့ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="402"/>
        <source>This release uses the letterhead “%1”, which is not on this computer. Pick one of yours to use instead, or ask the sender for the letterhead file.</source>
        <translation>ဤထုတ်ပြန်ချက်သည် “%1” ခေါင်းစီးစာရွက်ကို သုံးထားသော်လည်း ဤကွန်ပျူတာတွင် မရှိပါ။ အစားသုံးရန် သင့်ခေါင်းစီးစာရွက်တစ်ခုကို ရွေးပါ သို့မဟုတ် ပို့သူထံ ခေါင်းစီးစာရွက်ဖိုင်ကို တောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="412"/>
        <source>Use this letterhead</source>
        <translation>ဤခေါင်းစီးစာရွက်ကို သုံးရန်</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="69"/>
        <source>Name:</source>
        <translation>အမည် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="73"/>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/letterheads.py" line="79"/>
        <source>A name cannot be empty, contain / \ : * ? &quot; &lt; &gt; | or start with a dot.</source>
        <translation>အမည်သည် အလွတ်မဖြစ်ရ၊ / \ : * ? &quot; &lt; &gt; | မပါရ၊ အစက်ဖြင့် မစရ။</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="291"/>
        <source>Footnote %1</source>
        <extracomment>Where a note is cited: (language, paragraph number from 1, position of its first chip there).</extracomment>
        <translation>အောက်ခြေမှတ်စု %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="293"/>
        <source>Footnote (numbered at the next preview)</source>
        <translation>အောက်ခြေမှတ်စု (နောက်တစ်ကြိမ် အစမ်းကြည့်တွင် နံပါတ်တပ်မည်)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="295"/>
        <source>Footnote not cited yet</source>
        <translation>မကိုးကားရသေးသော အောက်ခြေမှတ်စု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="296"/>
        <location filename="../../desktop_app/ui/notes.py" line="297"/>
        <source>Delete footnote</source>
        <translation>အောက်ခြေမှတ်စု ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="298"/>
        <source>Burmese text</source>
        <translation>မြန်မာစာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="298"/>
        <source>English text</source>
        <translation>အင်္ဂလိပ်စာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="302"/>
        <source>Optional: words before the link</source>
        <translation>ရွေးချယ်နိုင်သည် - လင့်ခ်ရှေ့ရှိ စာသား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="303"/>
        <source>Partner link:</source>
        <translation>မိတ်ဖက်အဖွဲ့ လင့်ခ်:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="304"/>
        <source>Partner link</source>
        <translation>မိတ်ဖက်အဖွဲ့ လင့်ခ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="307"/>
        <source>Cited in:</source>
        <translation>ကိုးကားထားသည့်နေရာ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="310"/>
        <source>Not cited anywhere in the text. To cite it, put the cursor in the body and choose Insert ▸ Footnote; or delete it.</source>
        <translation>စာထဲတွင် မည်သည့်နေရာမှ မကိုးကားထားပါ။ ကိုးကားရန် စာကိုယ်ထဲတွင် ကာဆာထားပြီး ထည့်သွင်း ▸ အောက်ခြေမှတ်စု ထည့်ရန် ကို ရွေးပါ၊ သို့မဟုတ် ဖျက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="316"/>
        <source>Show this citation in the body</source>
        <translation>ဤကိုးကားချက်ကို စာကိုယ်တွင် ပြရန်</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="443"/>
        <source>Edit footnote</source>
        <translation>အောက်ခြေမှတ်စု ပြင်ဆင်ခြင်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="450"/>
        <source>Edit partner link</source>
        <translation>မိတ်ဖက်အဖွဲ့ လင့်ခ် ပြင်ဆင်ခြင်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="456"/>
        <location filename="../../desktop_app/ui/notes.py" line="515"/>
        <source>Add footnote</source>
        <translation>အောက်ခြေမှတ်စု အသစ်ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="470"/>
        <location filename="../../desktop_app/ui/notes.py" line="473"/>
        <location filename="../../desktop_app/ui/notes.py" line="480"/>
        <source>Delete footnote</source>
        <translation>အောက်ခြေမှတ်စု ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="481"/>
        <source>This footnote is cited in:</source>
        <translation>ဤအောက်ခြေမှတ်စုကို ကိုးကားထားသည့်နေရာများ:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="482"/>
        <source>Delete it and its markers in the text? Edit ▸ Undo brings both back.</source>
        <translation>၎င်းနှင့် စာထဲရှိ ၎င်း၏ အမှတ်အသားများကို ဖျက်မလား။ တည်းဖြတ် ▸ နောက်ပြန် ဖြင့် နှစ်ခုလုံး ပြန်ရနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="484"/>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="485"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="511"/>
        <source>Footnotes are numbered in reading order, as the preview prints them. Each holds a text per language and, for a partner, the link to its website.</source>
        <translation>အောက်ခြေမှတ်စုများကို အစမ်းကြည့်တွင် ပုံနှိပ်သည့်အတိုင်း ဖတ်သည့်အစီအစဉ်အလိုက် နံပါတ်တပ်ထားသည်။ တစ်ခုစီတွင် ဘာသာစကားတစ်ခုစီအတွက် စာသားနှင့် မိတ်ဖက်အဖွဲ့ဖြစ်ပါက ၎င်း၏ ဝဘ်ဆိုက်လင့်ခ် ပါဝင်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="513"/>
        <source>No footnotes yet. To add one where the cursor is in the body, choose Insert ▸ Footnote.</source>
        <translation>အောက်ခြေမှတ်စု မရှိသေးပါ။ စာကိုယ်ထဲရှိ ကာဆာနေရာတွင် ထည့်ရန် ထည့်သွင်း ▸ အောက်ခြေမှတ်စု ထည့်ရန် ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes.py" line="516"/>
        <source>Footnotes</source>
        <translation>အောက်ခြေမှတ်စုများ</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="178"/>
        <source>Preferences</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="183"/>
        <source>Interface language</source>
        <translation>အသုံးပြုမှု ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="184"/>
        <source>Interface language:</source>
        <translation>အသုံးပြုမှု ဘာသာစကား:</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="29"/>
        <source>Burmese</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="29"/>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="66"/>
        <source>Headline</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="67"/>
        <source>%1 headline</source>
        <translation>%1 ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="70"/>
        <source>Body</source>
        <translation>စာကိုယ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="71"/>
        <source>%1 body</source>
        <translation>%1 စာကိုယ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="74"/>
        <source>%1, paragraph %2</source>
        <translation>%1၊ စာပိုဒ် %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="77"/>
        <source>a footnote</source>
        <translation>အောက်ခြေမှတ်စု</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="79"/>
        <source>footnote %1</source>
        <translation>အောက်ခြေမှတ်စု %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="82"/>
        <source>%1 text of %2</source>
        <translation>%2 ၏ %1 စာသား</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="84"/>
        <source>contact introduction</source>
        <translation>ဆက်သွယ်ရန် နိဒါန်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="85"/>
        <source>contact e-mail</source>
        <translation>ဆက်သွယ်ရန် အီးမေးလ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="86"/>
        <source>contact phone</source>
        <translation>ဆက်သွယ်ရန် ဖုန်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="87"/>
        <source>contact website</source>
        <translation>ဆက်သွယ်ရန် ဝက်ဘ်ဆိုက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="88"/>
        <source>contact Signal</source>
        <translation>ဆက်သွယ်ရန် Signal (စစ်ဂနယ်)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="90"/>
        <source>contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="94"/>
        <source>signatory %1</source>
        <translation>လက်မှတ်ထိုးသူ %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="95"/>
        <source>letterhead</source>
        <translation>ခေါင်းစီးစာရွက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="95"/>
        <source>date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="96"/>
        <source>label</source>
        <translation>အမည်တပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="96"/>
        <source>layout</source>
        <translation>အပြင်အဆင်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="98"/>
        <source>letterhead banner</source>
        <translation>ခေါင်းစီးစာရွက်၏ နဖူးစည်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="98"/>
        <source>page setup</source>
        <translation>စာမျက်နှာ အပြင်အဆင်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="99"/>
        <source>letterhead fonts</source>
        <translation>ခေါင်းစီးစာရွက်၏ ဖောင့်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="99"/>
        <source>letterhead footer</source>
        <translation>ခေါင်းစီးစာရွက်၏ အောက်ခြေစာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="100"/>
        <source>letterhead name</source>
        <translation>ခေါင်းစီးစာရွက်၏ အမည်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="101"/>
        <source>letterhead languages</source>
        <translation>ခေါင်းစီးစာရွက်၏ ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="189"/>
        <source>the Burmese is typed in Zawgyi and would print as garbage.</source>
        <extracomment>Every kind of problem the loader, ``check`` and the writers&apos; page-fit checks report, first match wins. ``tests/ui/test_people.py`` reads every place in the code that makes a problem and fails when one of them has no kind here, or a kind has no words in English and Burmese.</extracomment>
        <translation>မြန်မာစာကို ဇော်ဂျီဖြင့် ရိုက်ထားသဖြင့် ပုံနှိပ်လျှင် စာလုံးများ ပျက်နေမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="190"/>
        <source>Burmese letters are stored in the wrong order (a typing slip); it may print or search wrongly.</source>
        <translation>မြန်မာစာလုံးများ အစီအစဉ် မှားနေသည် (ရိုက်မှားခြင်း)။ ပုံနှိပ်ရာတွင် သို့မဟုတ် ရှာဖွေရာတွင် မှားနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="192"/>
        <source>a Burmese word looks mistyped (look-alike or misplaced mark); check it and retype it.</source>
        <translation>မြန်မာစကားလုံးတစ်လုံး ရိုက်မှားပုံရသည် (ပုံတူစာလုံး သို့မဟုတ် နေရာမှားသည့် သင်္ကေတ)။ စစ်ဆေးပြီး ပြန်ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="194"/>
        <source>a link address may lead somewhere other than it seems; check it, and write it out plainly if it is right.</source>
        <translation>လင့်ခ်လိပ်စာသည် မြင်ရသည့်နေရာ မဟုတ်ဘဲ အခြားနေရာသို့ ရောက်သွားနိုင်သည်။ စစ်ဆေးပါ၊ မှန်ကန်ပါက ရိုးရိုးရှင်းရှင်း ပြန်ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="198"/>
        <source>the translation is missing.</source>
        <translation>ဘာသာပြန် မရှိသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="199"/>
        <source>this text is empty (only spaces or invisible characters).</source>
        <translation>ဤစာသား ဗလာဖြစ်နေသည် (နေရာလွတ် သို့မဟုတ် မမြင်ရသော စာလုံးများသာ)။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="200"/>
        <source>this footnote has no translation; readers get the other language&apos;s.</source>
        <translation>ဤအောက်ခြေမှတ်စုတွင် ဘာသာပြန် မရှိပါ။ စာဖတ်သူများသည် အခြားဘာသာဖြင့် ဖတ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="202"/>
        <source>this translation of the footnote is never printed: the body in this language does not cite the note.</source>
        <translation>ဤအောက်ခြေမှတ်စု ဘာသာပြန်ကို ပုံနှိပ်မည် မဟုတ်ပါ - ဤဘာသာ စာကိုယ်တွင် ထိုမှတ်စုကို ညွှန်းမထားပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="204"/>
        <source>a footnote marker points to a note that does not exist.</source>
        <translation>အောက်ခြေမှတ်စု အမှတ်အသားတစ်ခုသည် မရှိသော မှတ်စုကို ညွှန်းနေသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="205"/>
        <source>this footnote is not cited anywhere in the text.</source>
        <translation>ဤအောက်ခြေမှတ်စုကို စာသားထဲ မည်သည့်နေရာတွင်မျှ ညွှန်းမထားပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="238"/>
        <source>a number here is too small or too large.</source>
        <translation>ဤနေရာရှိ ဂဏန်းသည် သေးလွန်း သို့မဟုတ် ကြီးလွန်းသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="239"/>
        <source>this file was made by a newer version of Thadin; update Thadin to open it.</source>
        <translation>ဤဖိုင်ကို Thadin ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားသည်။ ဖွင့်ရန် Thadin ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="241"/>
        <source>this file is a letterhead, not a press release; open a press release, or edit the letterhead in File ▸ Letterheads.</source>
        <translation>ဤဖိုင်သည် ခေါင်းစီးစာရွက် ဖြစ်ပြီး သတင်းထုတ်ပြန်ချက် မဟုတ်ပါ။ သတင်းထုတ်ပြန်ချက်ကို ဖွင့်ပါ၊ သို့မဟုတ် ဖိုင် ▸ ခေါင်းစီးစာရွက်များ တွင် ခေါင်းစီးစာရွက်ကို ပြင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="243"/>
        <source>the letterhead&apos;s banner picture cannot be found or used; choose it again in the letterhead designer.</source>
        <translation>ခေါင်းစီးစာရွက်၏ နဖူးစည်းပုံကို ရှာမတွေ့ပါ သို့မဟုတ် သုံး၍ မရပါ။ ခေါင်းစီးစာရွက် ဒီဇိုင်းဆွဲကိရိယာတွင် ပြန်ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="245"/>
        <source>the letterhead this release uses cannot be found; choose one on the Letterhead tab.</source>
        <translation>ဤသတင်းထုတ်ပြန်ချက် သုံးသော ခေါင်းစီးစာရွက်ကို ရှာမတွေ့ပါ။ ခေါင်းစီးစာရွက် တက်ဘ်တွင် ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="247"/>
        <source>a press release was chosen where a letterhead belongs; choose a letterhead on the Letterhead tab.</source>
        <translation>ခေါင်းစီးစာရွက် ရှိရမည့်နေရာတွင် သတင်းထုတ်ပြန်ချက်ကို ရွေးထားသည်။ ခေါင်းစီးစာရွက် တက်ဘ်တွင် ခေါင်းစီးစာရွက်တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="249"/>
        <source>the letterhead lists a language Thadin does not know, or one language twice.</source>
        <translation>ခေါင်းစီးစာရွက်တွင် Thadin မသိသော ဘာသာစကား ပါနေသည်၊ သို့မဟုတ် ဘာသာစကားတစ်ခုကို နှစ်ကြိမ် ရေးထားသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="251"/>
        <source>a font chosen in the letterhead does not come with Thadin or cannot write Burmese; choose another in the letterhead designer.</source>
        <translation>ခေါင်းစီးစာရွက်တွင် ရွေးထားသော ဖောင့်သည် Thadin နှင့်အတူ မပါပါ၊ သို့မဟုတ် မြန်မာစာ ရေး၍ မရပါ။ ခေါင်းစီးစာရွက် ဒီဇိုင်းဆွဲကိရိယာတွင် အခြားတစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="253"/>
        <source>the letterhead&apos;s page size must be A4 or Letter.</source>
        <translation>ခေါင်းစီးစာရွက်၏ စာမျက်နှာ အရွယ်အစားသည် A4 သို့မဟုတ် Letter ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="254"/>
        <source>the letterhead&apos;s footer uses a placeholder Thadin does not know; page numbers are the only ones.</source>
        <translation>ခေါင်းစီးစာရွက်၏ အောက်ခြေစာတွင် Thadin မသိသော နေရာယူစာ ပါနေသည်။ စာမျက်နှာ နံပါတ်များသာ ရနိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="256"/>
        <source>a line of the letterhead&apos;s banner is not set up in a way Thadin can print; change it in the letterhead designer.</source>
        <translation>ခေါင်းစီးစာရွက် နဖူးစည်း၏ စာကြောင်းတစ်ကြောင်းကို Thadin ပုံနှိပ်နိုင်သည့်ပုံစံဖြင့် မစီစဉ်ထားပါ။ ခေါင်းစီးစာရွက် ဒီဇိုင်းဆွဲကိရိယာတွင် ပြင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="258"/>
        <source>the file holds an entry Thadin does not know here (a slip made outside Thadin, or a newer version of Thadin).</source>
        <translation>ဤနေရာတွင် Thadin မသိသော အချက်တစ်ခု ဖိုင်ထဲ ပါနေသည် (Thadin ပြင်ပတွင် ရေးမှားခြင်း၊ သို့မဟုတ် Thadin ဗားရှင်းအသစ်မှ ဖြစ်နိုင်သည်)။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="260"/>
        <source>the file is not there any more, or is not a file.</source>
        <translation>ဖိုင် မရှိတော့ပါ၊ သို့မဟုတ် ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="261"/>
        <source>the file cannot be read as a press release: it is damaged, empty, incomplete or another kind of file.</source>
        <translation>ဖိုင်ကို သတင်းထုတ်ပြန်ချက်အဖြစ် ဖတ်၍ မရပါ - ပျက်စီးနေခြင်း၊ ဗလာဖြစ်ခြင်း၊ မပြည့်စုံခြင်း သို့မဟုတ် အခြားဖိုင်အမျိုးအစား ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="263"/>
        <source>this part of the file is written in a form Thadin cannot read; undo the last change, or open a saved copy.</source>
        <translation>ဖိုင်၏ ဤအပိုင်းကို Thadin ဖတ်၍ မရသော ပုံစံဖြင့် ရေးထားသည်။ နောက်ဆုံးပြင်ဆင်မှုကို ပြန်ဖျက်ပါ၊ သို့မဟုတ် သိမ်းထားသော မိတ္တူကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="275"/>
        <source>something here needs attention.</source>
        <translation>ဤနေရာတွင် စစ်ဆေးရန် တစ်ခုခု ရှိသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="196"/>
        <source>invisible direction characters are hidden in the text; they are left out of the PDF and Word file.</source>
        <translation>စာသားထဲတွင် မမြင်ရသော ဦးတည်ချက်ထိန်း စာလုံးများ ပါနေသည်။ PDF နှင့် Word ဖိုင်တွင် ၎င်းတို့ကို ချန်ထားမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="206"/>
        <source>a character here is missing from the font and would print as a box.</source>
        <translation>ဤနေရာရှိ စာလုံးတစ်လုံးသည် ဖောင့်တွင် မပါသဖြင့် လေးထောင့်ကွက်အဖြစ် ပုံနှိပ်မိမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="208"/>
        <source>the two languages do not have the same headings and paragraphs, so the columns do not pair up.</source>
        <translation>ဘာသာစကား နှစ်ခုတွင် ခေါင်းစဉ်နှင့် စာပိုဒ်များ မတူညီသဖြင့် ကော်လံများ ယှဉ်တွဲ မကိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="212"/>
        <source>the banner is so tall that no text fits on the page; choose a smaller picture or fewer lines.</source>
        <translation>နဖူးစည်း မြင့်လွန်းသဖြင့် စာမျက်နှာပေါ်တွင် စာသား မဆံ့ပါ။ ပုံငယ် သို့မဟုတ် စာကြောင်း နည်းနည်းကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="214"/>
        <source>the footer is too long and would print over the text; shorten it.</source>
        <translation>အောက်ခြေစာ ရှည်လွန်းသဖြင့် စာသားပေါ်သို့ ထပ်၍ ပုံနှိပ်မိမည်။ တိုအောင် ပြင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="216"/>
        <source>this footnote is too long to fit on one page; shorten it.</source>
        <translation>ဤအောက်ခြေမှတ်စုသည် စာမျက်နှာတစ်မျက်နှာတွင် မဆံ့အောင် ရှည်လွန်းသည်။ တိုအောင် ပြင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="217"/>
        <source>these footnotes are cited so close together that they cannot fit on one page with their text; spread them out or shorten them.</source>
        <translation>ဤအောက်ခြေမှတ်စုများကို အလွန်နီးကပ်စွာ ညွှန်းထားသဖြင့် ၎င်းတို့၏ စာသားနှင့်အတူ စာမျက်နှာတစ်မျက်နှာတွင် မဆံ့ပါ။ ခွာ၍ ညွှန်းပါ သို့မဟုတ် တိုအောင် ပြင်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="219"/>
        <source>a line of this text is taller than a page.</source>
        <translation>ဤစာသား၏ စာကြောင်းတစ်ကြောင်းသည် စာမျက်နှာတစ်မျက်နှာထက် မြင့်နေသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="220"/>
        <source>this is not an e-mail address: write it as name@example.org.</source>
        <translation>ဤသည် အီးမေးလ်လိပ်စာ မဟုတ်ပါ - name@example.org ပုံစံဖြင့် ရေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="221"/>
        <source>a link address is not a web or e-mail address.</source>
        <translation>လင့်ခ်လိပ်စာသည် ဝက်ဘ် သို့မဟုတ် အီးမေးလ် လိပ်စာ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="210"/>
        <source>the Padauk font prints ါ် with a gap; the letterhead should use Noto Sans Myanmar.</source>
        <translation>Padauk ဖောင့်သည် ါ် ကို ကွက်လပ်ဖြင့် ပုံနှိပ်သည်။ ခေါင်းစီးစာရွက်တွင် Noto Sans Myanmar ကို သုံးသင့်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="222"/>
        <source>bold, italic or a link starts here and is never closed.</source>
        <translation>စာလုံးထူ၊ စာလုံးစောင်း သို့မဟုတ် လင့်ခ်တစ်ခု ဤနေရာတွင် စပြီး အဆုံးမသတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="223"/>
        <source>only one size of section heading is possible; this one is another size.</source>
        <translation>ခေါင်းစဉ်ငယ် အရွယ်အစား တစ်မျိုးသာ ရနိုင်သည်။ ဤခေါင်းစဉ်မှာ အခြားအရွယ်အစား ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="225"/>
        <source>a footnote is one paragraph: remove the empty lines in it.</source>
        <translation>အောက်ခြေမှတ်စုတစ်ခုသည် စာပိုဒ်တစ်ပိုဒ်သာ ဖြစ်ရမည် - ၎င်းအတွင်းရှိ လိုင်းလွတ်များကို ဖယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="226"/>
        <source>a footnote cannot cite another footnote.</source>
        <translation>အောက်ခြေမှတ်စုတစ်ခုက အခြားအောက်ခြေမှတ်စုကို ညွှန်း၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="227"/>
        <source>a footnote has a name Thadin cannot use.</source>
        <translation>အောက်ခြေမှတ်စုတစ်ခု၏ အမည်ကို Thadin က သုံး၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="228"/>
        <source>the body has no text yet.</source>
        <translation>စာကိုယ်တွင် စာသား မရှိသေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="229"/>
        <source>the layout shows a language this release is not written in; choose another layout.</source>
        <translation>ဤအပြင်အဆင်သည် ဤသတင်းထုတ်ပြန်ချက်တွင် မရေးထားသော ဘာသာစကားကို ပြသည်။ အခြားအပြင်အဆင်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="231"/>
        <source>an invisible control character is in the text; it cannot be printed, so retype the text.</source>
        <translation>စာသားထဲတွင် မမြင်ရသော ထိန်းချုပ်စာလုံးတစ်လုံး ပါနေသည်။ ပုံနှိပ်၍ မရသဖြင့် စာသားကို ပြန်ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="233"/>
        <source>a letter carries so many stacked marks that they would be drawn over the lines around it; retype it.</source>
        <translation>စာလုံးတစ်လုံးတွင် အထပ်လိုက် သင်္ကေတများ အလွန်များနေသဖြင့် အနီးရှိ စာကြောင်းများပေါ်သို့ ထပ်ရောက်မည်။ ပြန်ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="235"/>
        <source>this is not a date; choose one in the calendar.</source>
        <translation>ဤသည် ရက်စွဲ မဟုတ်ပါ။ ပြက္ခဒိန်မှ ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="236"/>
        <source>this is empty: type the text, or remove it.</source>
        <translation>ဤနေရာ ဗလာဖြစ်နေသည် - စာသားရိုက်ပါ၊ သို့မဟုတ် ဖယ်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people.py" line="237"/>
        <source>not written yet.</source>
        <translation>မရေးရသေးပါ။</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../desktop_app/ui/preflight.py" line="34"/>
        <source>Preflight problems</source>
        <translation>ထုတ်ဝေမီ တွေ့ရှိချက်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preflight.py" line="52"/>
        <source>The preview could not be made: %1</source>
        <translation>နမူနာကို ပြုလုပ်၍ မရပါ - %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preflight.py" line="57"/>
        <source>Convert to Unicode</source>
        <translation>ယူနီကုဒ်သို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preflight.py" line="57"/>
        <source>Repair</source>
        <translation>ပြင်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preflight.py" line="57"/>
        <source>Go there</source>
        <translation>ထိုနေရာသို့ သွားရန်</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="221"/>
        <source>Preview of the PDF</source>
        <extracomment>Pause in typing after which the preview re-renders.</extracomment>
        <translation>PDF နမူနာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="222"/>
        <source>Page</source>
        <translation>စာမျက်နှာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="223"/>
        <source>Zoom in</source>
        <translation>ချဲ့ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="224"/>
        <source>Zoom out</source>
        <translation>ချုံ့ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="225"/>
        <source>Fit width</source>
        <translation>အကျယ်အပြည့်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="237"/>
        <source>Updating preview…</source>
        <translation>နမူနာ ပြင်ဆင်နေသည်…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/preview.py" line="227"/>
        <location filename="../../desktop_app/ui/preview.py" line="324"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>စာမျက်နှာ %n မျက်နှာအနက်</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="67"/>
        <source>Thadin release (*.release.yaml *.yaml)</source>
        <translation>Thadin သတင်းထုတ်ပြန်ချက် (*.release.yaml *.yaml)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="68"/>
        <source>Look in:</source>
        <translation>ရှာရန်နေရာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="69"/>
        <source>Folder:</source>
        <translation>ဖိုင်တွဲ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="69"/>
        <source>File name:</source>
        <translation>ဖိုင်အမည် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="70"/>
        <source>Files of type:</source>
        <translation>ဖိုင်အမျိုးအစား -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="71"/>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="71"/>
        <location filename="../../desktop_app/ui/mainwindow.py" line="111"/>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="72"/>
        <source>Choose</source>
        <translation>ရွေးရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="73"/>
        <location filename="../../desktop_app/ui/mainwindow.py" line="113"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="76"/>
        <source>Back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="76"/>
        <source>Forward</source>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="77"/>
        <source>Parent folder</source>
        <translation>အပေါ်ဖိုင်တွဲ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="77"/>
        <source>New folder</source>
        <translation>ဖိုင်တွဲအသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="78"/>
        <source>List</source>
        <translation>စာရင်း</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="78"/>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="79"/>
        <source>Places</source>
        <translation>နေရာများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="79"/>
        <source>Files</source>
        <translation>ဖိုင်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="91"/>
        <source>Open release</source>
        <translation>သတင်းထုတ်ပြန်ချက် ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="95"/>
        <source>Save release</source>
        <translation>သတင်းထုတ်ပြန်ချက် သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="104"/>
        <source>Export to folder</source>
        <translation>ဖိုင်တွဲသို့ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="112"/>
        <source>Don&apos;t save</source>
        <translation>မသိမ်းပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="114"/>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="115"/>
        <source>Recover</source>
        <translation>ပြန်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="116"/>
        <source>Discard it</source>
        <translation>ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="126"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြင်ဆင်ချက်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="127"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>မပိတ်မီ %1 ရှိ ပြင်ဆင်ချက်များကို သိမ်းမလား။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="136"/>
        <source>Exported</source>
        <translation>ထုတ်ယူပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="137"/>
        <source>Written:</source>
        <translation>ရေးသားပြီး:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="138"/>
        <source>Show in folder</source>
        <translation>ဖိုင်တွဲတွင် ပြရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="140"/>
        <source>Open PDF</source>
        <translation>PDF ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="152"/>
        <source>Replace files?</source>
        <translation>ဖိုင်များကို အစားထိုးမလား?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="153"/>
        <source>These files already exist and will be replaced:</source>
        <translation>ဤဖိုင်များ ရှိပြီးသား ဖြစ်၍ အစားထိုးမည် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="155"/>
        <source>Replace</source>
        <translation>အစားထိုးရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="177"/>
        <source>Recover unsaved work</source>
        <translation>မသိမ်းရသေးသော အလုပ်ကို ပြန်ယူရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="178"/>
        <source>Thadin was closed without saving %1 (last autosaved %2). Recover it?</source>
        <translation>Thadin (သတင်း) သည် %1 ကို မသိမ်းဘဲ ပိတ်သွားခဲ့သည် (နောက်ဆုံး အလိုအလျောက် သိမ်းချိန် %2)။ ပြန်ယူမလား။</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="85"/>
        <source>an untitled release</source>
        <translation>အမည်မဲ့ သတင်းထုတ်ပြန်ချက်</translation>
    </message>
</context>
<context>
    <name>ReleaseDocument</name>
    <message>
        <location filename="../../desktop_app/ui/document.py" line="135"/>
        <source>Sample (not saved) — %1</source>
        <extracomment>Consecutive edits of one field within this many seconds undo as one step. Opened from the sample that ships with Thadin: marked as such until saved as the user&apos;s own copy. Editors that write their field to the draft after a pause: flushed before any read.</extracomment>
        <translation>နမူနာ (မသိမ်းရသေး) — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/document.py" line="138"/>
        <source>Untitled release</source>
        <translation>အမည်မပေးရသေးသော သတင်းထုတ်ပြန်ချက်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/document.py" line="175"/>
        <source>This is where Thadin keeps its own files; save your release in another folder.</source>
        <translation>ဤနေရာသည် Thadin ၏ ကိုယ်ပိုင်ဖိုင်များ ထားရာ ဖြစ်သည်။ သင့်သတင်းထုတ်ပြန်ချက်ကို အခြားဖိုင်တွဲတွင် သိမ်းပါ။</translation>
    </message>
</context>
<context>
    <name>SampleBar</name>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="622"/>
        <source>SAMPLE — this is the example release that ships with Thadin, not one of your files. Change it freely to try things out; Save asks where to keep your own copy.</source>
        <translation>နမူနာ — ဤသည်မှာ Thadin နှင့်အတူ ပါလာသော နမူနာ သတင်းထုတ်ပြန်ချက် ဖြစ်ပြီး သင့်ဖိုင် မဟုတ်ပါ။ စမ်းကြည့်ရန် လွတ်လပ်စွာ ပြင်နိုင်သည်။ သိမ်းလျှင် သင့်ကိုယ်ပိုင်မိတ္တူကို မည်သည့်နေရာတွင် ထားမည်ကို မေးပါမည်။</translation>
    </message>
</context>
<context>
    <name>StartHook</name>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="687"/>
        <source>Start</source>
        <translation>စတင်ရန်</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="128"/>
        <source>Desktop</source>
        <translation>ဒက်စ်တော့</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="130"/>
        <source>Documents</source>
        <translation>စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="132"/>
        <source>Downloads</source>
        <translation>ဒေါင်းလုဒ်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="133"/>
        <source>Home</source>
        <translation>ပင်မဖိုင်တွဲ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="145"/>
        <source>Computer</source>
        <translation>ကွန်ပျူတာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="161"/>
        <source>today, %1</source>
        <translation>ယနေ့ %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="163"/>
        <source>yesterday, %1</source>
        <translation>မနေ့က %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="415"/>
        <source>What would you like to do?</source>
        <translation>ဘာလုပ်ချင်ပါသလဲ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="416"/>
        <source>New release on a letterhead</source>
        <translation>ခေါင်းစီးစာရွက်ပေါ်တွင် သတင်းထုတ်ပြန်ချက် အသစ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="417"/>
        <source>Letterheads</source>
        <translation>ခေါင်းစီးစာရွက်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="418"/>
        <source>Write in:</source>
        <translation>ရေးမည့်ဘာသာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="419"/>
        <source>Burmese</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="420"/>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="421"/>
        <source>&amp;Create release</source>
        <translation>သတင်းထုတ်ပြန်ချက် ဖန်တီးရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="422"/>
        <source>&amp;Open a release…</source>
        <translation>သတင်းထုတ်ပြန်ချက် ဖွင့်ရန်… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="423"/>
        <source>Try the &amp;sample</source>
        <translation>နမူနာကို စမ်းကြည့်ရန် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="424"/>
        <source>&amp;Design a letterhead…</source>
        <translation>ခေါင်းစီးစာရွက် ဒီဇိုင်းဆွဲရန်… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="425"/>
        <source>The sample is a finished press release to explore; it stays a sample until you save a copy of your own.</source>
        <translation>နမူနာသည် လေ့လာရန် ပြီးစီးပြီးသော သတင်းထုတ်ပြန်ချက် တစ်ခု ဖြစ်သည်။ သင့်ကိုယ်ပိုင်မိတ္တူ မသိမ်းမချင်း နမူနာအဖြစ်သာ ရှိနေပါမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="427"/>
        <location filename="../../desktop_app/ui/start.py" line="430"/>
        <source>Recent releases</source>
        <translation>မကြာသေးမီက သတင်းထုတ်ပြန်ချက်များ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="428"/>
        <source>Releases you open or save appear here.</source>
        <translation>သင်ဖွင့်ခဲ့ သို့မဟုတ် သိမ်းခဲ့သော သတင်းထုတ်ပြန်ချက်များ ဤနေရာတွင် ပေါ်ပါမည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="429"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="429"/>
        <source>Folder</source>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="429"/>
        <source>Last opened</source>
        <translation>နောက်ဆုံးဖွင့်ခဲ့ချိန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="431"/>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="432"/>
        <source>&amp;Remove from list</source>
        <translation>စာရင်းမှ ဖယ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="433"/>
        <source>Back to the release</source>
        <translation>သတင်းထုတ်ပြန်ချက်သို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="447"/>
        <source>(ships with Thadin)</source>
        <translation>(Thadin နှင့်အတူ ပါလာသည်)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="495"/>
        <source>Missing: no longer in this folder</source>
        <translation>မတွေ့ပါ - ဤဖိုင်တွဲတွင် မရှိတော့ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="503"/>
        <source>The file was moved, renamed or deleted. Remove it from the list, or open it from where it is now.</source>
        <translation>ဖိုင်ကို ရွှေ့ခဲ့၊ အမည်ပြောင်းခဲ့ သို့မဟုတ် ဖျက်ခဲ့ပြီ ဖြစ်သည်။ စာရင်းမှ ဖယ်ပါ၊ သို့မဟုတ် ယခုရှိရာနေရာမှ ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="545"/>
        <source>Choose at least one language.</source>
        <translation>ဘာသာစကား အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="558"/>
        <source>Release not found</source>
        <translation>သတင်းထုတ်ပြန်ချက် မတွေ့ပါ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="559"/>
        <source>“%1” is no longer in %2: it was moved, renamed or deleted.</source>
        <translation>“%1” သည် %2 တွင် မရှိတော့ပါ - ရွှေ့ခဲ့၊ အမည်ပြောင်းခဲ့ သို့မဟုတ် ဖျက်ခဲ့ပြီ ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="561"/>
        <source>Remove from list</source>
        <translation>စာရင်းမှ ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="562"/>
        <source>Keep in list</source>
        <translation>စာရင်းတွင် ထားရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="587"/>
        <source>Start</source>
        <translation>စတင်ရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start.py" line="588"/>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
</context>
<context>
    <name>TextLineEditor</name>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="250"/>
        <source>Change joining text</source>
        <translation>ဆက်စပ်စာ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="253"/>
        <source>Change line style</source>
        <translation>စာကြောင်းပုံစံ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="264"/>
        <source>Burmese:</source>
        <translation>မြန်မာ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="264"/>
        <source>English:</source>
        <translation>အင်္ဂလိပ် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="264"/>
        <source>Between them:</source>
        <translation>ကြားတွင် -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="265"/>
        <source>Style:</source>
        <translation>ပုံစံ -</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="267"/>
        <source>Printed between the Burmese and the English text, e.g. &apos; - &apos;</source>
        <translation>မြန်မာစာနှင့် အင်္ဂလိပ်စာကြားတွင် ရိုက်နှိပ်မည့်စာ၊ ဥပမာ &apos; - &apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/designer_parts.py" line="283"/>
        <source>Type in banner line</source>
        <translation>နဖူးစည်းစာကြောင်းတွင် ရိုက်ရန်</translation>
    </message>
</context>
<context>
    <name>ZawgyiBar</name>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="232"/>
        <source>The Burmese text entered in %1 looks like Zawgyi, which prints as garbage.</source>
        <translation>%1 တွင် ထည့်ထားသော မြန်မာစာသည် ဇော်ဂျီ ဖြစ်ပုံရသည်။ ပုံနှိပ်ပါက မှားယွင်းစွာ ပေါ်မည်။</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="234"/>
        <source>Convert to Unicode</source>
        <translation>ယူနီကုဒ်သို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/mainwindow.py" line="235"/>
        <source>Keep as typed</source>
        <translation>ရိုက်ထားသည့်အတိုင်း ထားရန်</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="37"/>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
</context>
</TS>
