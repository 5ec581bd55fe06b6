%% Hand-written BEAM assembly (erlc compiles .S files): bs_init2, the OTP 24
%% byte-sized binary construction that OTP 25's erlc no longer emits but
%% that Elixir's own .beam files (compiled by OTP 24) use everywhere.
%% Driven by op_bs_init2.erl.
{module, op_bs_init2_asm}.
{exports, [{concat,2},{fixed,1},{floats,1},{guarded,1},{module_info,0},
           {module_info,1},{nibbles,2},{sized,2},{strs,1},{utf8,1},{zero,0}]}.
{attributes, []}.
{labels, 30}.

%% <<X:32>>
{function, fixed, 1, 2}.
  {label,1}.
    {line,[{location,"op_bs_init2_asm.S",1}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,fixed},1}.
  {label,2}.
    {line,[{location,"op_bs_init2_asm.S",2}]}.
    {bs_init2,{f,0},4,0,1,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,0},{integer,32},1,{field_flags,[]},{x,0}}.
    {move,{x,1},{x,0}}.
    return.

%% <<A/binary, B/binary>> with the size summed in bytes (unit 1)
{function, concat, 2, 4}.
  {label,3}.
    {line,[{location,"op_bs_init2_asm.S",3}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,concat},2}.
  {label,4}.
    {line,[{location,"op_bs_init2_asm.S",4}]}.
    {gc_bif,byte_size,{f,0},2,[{x,0}],{x,2}}.
    {gc_bif,byte_size,{f,0},3,[{x,1}],{x,3}}.
    {bs_add,{f,0},[{x,2},{x,3},1],{x,2}}.
    {bs_init2,{f,0},{x,2},0,2,{field_flags,[]},{x,2}}.
    {bs_put_binary,{f,0},{atom,all},8,{field_flags,[]},{x,0}}.
    {bs_put_binary,{f,0},{atom,all},8,{field_flags,[]},{x,1}}.
    {move,{x,2},{x,0}}.
    return.

%% <<X:N/unit:8>>: the byte count comes straight from the caller
{function, sized, 2, 6}.
  {label,5}.
    {line,[{location,"op_bs_init2_asm.S",5}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,sized},2}.
  {label,6}.
    {line,[{location,"op_bs_init2_asm.S",6}]}.
    {bs_init2,{f,0},{x,0},0,2,{field_flags,[]},{x,2}}.
    {bs_put_integer,{f,0},{x,0},8,{field_flags,[signed,little]},{x,1}}.
    {move,{x,2},{x,0}}.
    return.

%% with a fail label: a bad size jumps instead of raising
{function, guarded, 1, 8}.
  {label,7}.
    {line,[{location,"op_bs_init2_asm.S",7}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,guarded},1}.
  {label,8}.
    {bs_init2,{f,9},{x,0},0,1,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,9},{x,0},8,{field_flags,[]},{integer,-1}}.
    {move,{x,1},{x,0}}.
    return.
  {label,9}.
    {move,{atom,failed},{x,0}}.
    return.

%% <<"ab", X:8, "cd">>
{function, strs, 1, 11}.
  {label,10}.
    {line,[{location,"op_bs_init2_asm.S",8}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,strs},1}.
  {label,11}.
    {line,[{location,"op_bs_init2_asm.S",9}]}.
    {bs_init2,{f,0},5,0,1,{field_flags,[]},{x,1}}.
    {bs_put_string,2,{string,"ab"}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[]},{x,0}}.
    {bs_put_string,2,{string,"cd"}}.
    {move,{x,1},{x,0}}.
    return.

%% <<F:64/float, F:32/float-little>>
{function, floats, 1, 13}.
  {label,12}.
    {line,[{location,"op_bs_init2_asm.S",10}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,floats},1}.
  {label,13}.
    {line,[{location,"op_bs_init2_asm.S",11}]}.
    {bs_init2,{f,0},12,0,1,{field_flags,[]},{x,1}}.
    {bs_put_float,{f,0},{integer,64},1,{field_flags,[]},{x,0}}.
    {bs_put_float,{f,0},{integer,32},1,{field_flags,[little]},{x,0}}.
    {move,{x,1},{x,0}}.
    return.

%% <<C/utf8>> sized by bs_utf8_size, as OTP 24 emits it
{function, utf8, 1, 15}.
  {label,14}.
    {line,[{location,"op_bs_init2_asm.S",12}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,utf8},1}.
  {label,15}.
    {line,[{location,"op_bs_init2_asm.S",13}]}.
    {bs_utf8_size,{f,0},{x,0},{x,1}}.
    {bs_init2,{f,0},{x,1},0,1,{field_flags,[]},{x,1}}.
    {bs_put_utf8,{f,0},{field_flags,[]},{x,0}}.
    {move,{x,1},{x,0}}.
    return.

%% <<A:4, B:4>>: sub-byte fields filling the bytes bs_init2 asked for
{function, nibbles, 2, 17}.
  {label,16}.
    {line,[{location,"op_bs_init2_asm.S",14}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,nibbles},2}.
  {label,17}.
    {line,[{location,"op_bs_init2_asm.S",15}]}.
    {bs_init2,{f,0},2,0,2,{field_flags,[]},{x,2}}.
    {bs_put_integer,{f,0},{integer,4},1,{field_flags,[]},{x,0}}.
    {bs_put_integer,{f,0},{integer,4},1,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[]},{x,1}}.
    {move,{x,2},{x,0}}.
    return.

%% bs_init2 of zero bytes
{function, zero, 0, 19}.
  {label,18}.
    {line,[{location,"op_bs_init2_asm.S",16}]}.
    {func_info,{atom,op_bs_init2_asm},{atom,zero},0}.
  {label,19}.
    {bs_init2,{f,0},0,0,0,{field_flags,[]},{x,0}}.
    return.

{function, module_info, 0, 21}.
  {label,20}.
    {line,[]}.
    {func_info,{atom,op_bs_init2_asm},{atom,module_info},0}.
  {label,21}.
    {move,{atom,op_bs_init2_asm},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.

{function, module_info, 1, 23}.
  {label,22}.
    {line,[]}.
    {func_info,{atom,op_bs_init2_asm},{atom,module_info},1}.
  {label,23}.
    {move,{x,0},{x,1}}.
    {move,{atom,op_bs_init2_asm},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
