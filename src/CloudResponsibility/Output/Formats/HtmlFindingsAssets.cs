namespace CloudResponsibility.Output.Formats
{
    /// <summary>The HTML findings page's inline style and script: the page must work offline, from a mail attachment.</summary>
    internal static class HtmlFindingsAssets
    {
        public const string Style = @"
body{font-family:system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans CJK JP','Yu Gothic',Meiryo,'IPAGothic',sans-serif;margin:1.5rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f2f2f2}#findings thead th{cursor:pointer;user-select:none}#findings thead th[aria-sort=ascending]::after{content:' \25B2'}#findings thead th[aria-sort=descending]::after{content:' \25BC'}
.sev-Critical .badge,td.sev-Critical{background:#7a0010;color:#fff}.sev-High .badge,td.sev-High{background:#c62828;color:#fff}.sev-Medium .badge,td.sev-Medium{background:#ef8f00;color:#000}
.sev-Low .badge,td.sev-Low{background:#fbe38e}.sev-Info .badge,td.sev-Info{background:#dde}.badge{padding:0 .4rem;border-radius:.3rem}
tr.status-Suppressed,tr.status-Resolved{color:#666;font-style:italic}.suppression{margin:0 0 .3rem;font-weight:bold}td.none{color:#999}
.owner-Customer{background:#e3f0ff}.owner-Provider{background:#f4f4f4}.owner-Shared{background:#efe3ff}
#matrix td[data-layer]{white-space:nowrap}td.overridden{outline:2px solid #1a5fb4;outline-offset:-2px;font-weight:bold}td.overridden .clause{display:block;white-space:normal;max-width:16rem;font-weight:normal;font-size:.8em;color:#1a5fb4}
.controls{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin-bottom:.5rem}";

        public const string Script = @"
(function(){
'use strict';
var table=document.getElementById('findings');var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
var filter=document.getElementById('filter');var selects=['severity','owner','status'].map(function(id){return document.getElementById(id);});
var shown=document.getElementById('shown');var sortKey=null;var sortDir=1;
function params(){var out={};location.hash.replace(/^#/,'').split('&').forEach(function(part){if(!part)return;var i=part.indexOf('=');var k=i<0?part:part.slice(0,i);var v=i<0?'':part.slice(i+1);try{out[decodeURIComponent(k)]=decodeURIComponent(v.replace(/\+/g,' '));}catch(e){}});return out;}
function apply(){var text=filter.value.trim().toLowerCase();var n=0;
rows.forEach(function(row){var ok=!text||row.textContent.toLowerCase().indexOf(text)>=0;
selects.forEach(function(s){if(ok&&s.value&&row.getAttribute('data-'+s.id)!==s.value)ok=false;});row.hidden=!ok;if(ok)n++;});
shown.textContent=shown.getAttribute('data-template').replace('{0}',n).replace('{1}',rows.length);table.setAttribute('data-shown',n);}
function save(){var parts=[];if(filter.value)parts.push('filter='+encodeURIComponent(filter.value));selects.forEach(function(s){if(s.value)parts.push(s.id+'='+encodeURIComponent(s.value));});
if(sortKey)parts.push('sort='+sortKey+(sortDir<0?'-desc':''));var hash=parts.length?'#'+parts.join('&'):' ';if(history.replaceState)history.replaceState(null,'',hash===' '?location.pathname+location.search:hash);}
function sortBy(key,dir){var headers=Array.prototype.slice.call(table.tHead.rows[0].cells);var index=-1;
headers.forEach(function(th,i){if(th.getAttribute('data-key')===key){index=i;th.setAttribute('aria-sort',dir>0?'ascending':'descending');}else th.removeAttribute('aria-sort');});
if(index<0)return;sortKey=key;sortDir=dir;var numeric=headers[index].getAttribute('data-type')==='number';
var keyed=rows.map(function(row,i){var cell=row.cells[index];var v=cell.getAttribute('data-sort');return{row:row,i:i,v:numeric?Number(v!==null?v:cell.textContent):cell.textContent.toLowerCase()};});
keyed.sort(function(a,b){if(a.v<b.v)return -dir;if(a.v>b.v)return dir;return a.i-b.i;});keyed.forEach(function(k){body.appendChild(k.row);});rows=keyed.map(function(k){return k.row;});}
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th){function go(){var key=th.getAttribute('data-key');sortBy(key,sortKey===key?-sortDir:(th.getAttribute('data-type')==='number'?-1:1));save();}
th.addEventListener('click',go);th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});});
filter.addEventListener('input',function(){apply();save();});selects.forEach(function(s){s.addEventListener('change',function(){apply();save();});});
function load(){var p=params();filter.value=p.filter||'';selects.forEach(function(s){s.value=p[s.id]||'';if(s.selectedIndex<0)s.value='';});
if(p.sort){var desc=/-desc$/.test(p.sort);sortBy(p.sort.replace(/-desc$/,''),desc?-1:1);}apply();}
window.addEventListener('hashchange',load);load();
})();";
    }
}
