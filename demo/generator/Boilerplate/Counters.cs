namespace Janalyq.Demo.Generator.Boilerplate;

/// <summary>Analytics counters and ad loaders as Kazakhstani news sites paste them (ids are made up).</summary>
internal static class Counters
{
    public static string TopMailRu(string id) => $$"""
        <!-- Top.Mail.Ru counter -->
        <script type="text/javascript">
        var _tmr = window._tmr || (window._tmr = []);
        _tmr.push({id: "{{id}}", type: "pageView", start: (new Date()).getTime()});
        (function (d, w, id) {
          if (d.getElementById(id)) return;
          var ts = d.createElement("script"); ts.type = "text/javascript"; ts.async = true; ts.id = id;
          ts.src = "https://top-fwz1.mail.ru/js/code.js";
          var f = function () {var s = d.getElementsByTagName("script")[0]; s.parentNode.insertBefore(ts, s);};
          if (w.opera == "[object Opera]") { d.addEventListener("DOMContentLoaded", f, false); } else { f(); }
        })(document, window, "tmr-code");
        </script>
        <noscript><div><img src="https://top-fwz1.mail.ru/counter?id={{id}};js=na" style="position:absolute;left:-9999px;" alt="Top.Mail.Ru" /></div></noscript>
        <!-- /Top.Mail.Ru counter -->
        """;

    public static string Metrika(string id) => $$"""
        <!-- Yandex.Metrika counter -->
        <script type="text/javascript">
           (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
           m[i].l=1*new Date();
           for (var j = 0; j < document.scripts.length; j++) {if (document.scripts[j].src === r) { return; } }
           k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
           (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
           ym({{id}}, "init", { clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true });
        </script>
        <noscript><div><img src="https://mc.yandex.ru/watch/{{id}}" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
        <!-- /Yandex.Metrika counter -->
        """;

    public static string LiveInternet() => """
        <!--LiveInternet counter--><a href="https://www.liveinternet.ru/click" target="_blank"><img id="licnt2A41" width="31" height="31" style="border:0"
        title="LiveInternet: показано число просмотров за 24 часа, посетителей за 24 часа и за сегодня"
        src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
        alt=""/></a><script>(function(d,s){d.getElementById("licnt2A41").src=
        "https://counter.yadro.ru/hit?t44.6;r"+escape(d.referrer)+
        ((typeof(s)=="undefined")?"":";s"+s.width+"*"+s.height+"*"+
        (s.colorDepth?s.colorDepth:s.pixelDepth))+";u"+escape(d.URL)+
        ";h"+escape(d.title.substring(0,150))+";"+Math.random()})
        (document,screen)</script><!--/LiveInternet-->
        """;

    public static string Gtag(string id) => $$"""
        <script async src="https://www.googletagmanager.com/gtag/js?id={{id}}"></script>
        <script>
          window.dataLayer = window.dataLayer || [];
          function gtag(){dataLayer.push(arguments);}
          gtag('js', new Date());
          gtag('config', '{{id}}', { 'anonymize_ip': true });
        </script>
        """;

    public static string AdSlot(string id, string blockId, string cssClass) => $$"""
        <div class="{{cssClass}}"><div id="{{id}}"></div>
        <script>
          window.yaContextCb = window.yaContextCb || [];
          window.yaContextCb.push(function () {
            Ya.Context.AdvManager.render({ "blockId": "{{blockId}}", "renderTo": "{{id}}" });
          });
        </script></div>
        """;

    public static string AdLoader() => """
        <script>window.yaContextCb=window.yaContextCb||[]</script>
        <script src="https://yandex.ru/ads/system/context.js" async></script>
        """;
}
